package org.fullpicture.demo.internal;

import java.time.LocalDate;

import org.fullpicture.agencies.Agencies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With the bench-load profile: the same town at benchmark scale (bin/bench-load), into an
 * empty database only; the application stops when it is written.
 */
@Component
@Profile("bench-load")
@EnableConfigurationProperties(DemoSettings.class)
class BenchmarkLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BenchmarkLoader.class);

	/** Small enough for a 512 MB heap, big enough that commits do not dominate. */
	private static final int FAMILIES_PER_TRANSACTION = 500;

	private final Agencies agencies;

	private final DirectTableWriter writer;

	private final DemoSettings settings;

	private final ConfigurableApplicationContext context;

	BenchmarkLoader(Agencies agencies, DirectTableWriter writer, DemoSettings settings,
			ConfigurableApplicationContext context) {
		this.agencies = agencies;
		this.writer = writer;
		this.settings = settings;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!agencies.all().isEmpty()) {
			throw new IllegalStateException("The benchmark loads into an empty database only; this one has agencies");
		}
		long started = System.nanoTime();
		var counts = writer.load(new Generator(DemoDataLoader.SEED, LocalDate.now(), Generator.Scale.BENCHMARK),
				settings.password(), FAMILIES_PER_TRANSACTION);
		log.info("Benchmark data loaded in {} s: {} children, {} adults, {} chronology entries, {} involvements",
				(System.nanoTime() - started) / 1_000_000_000, counts.children(), counts.adults(), counts.entries(),
				counts.involvements());
		// a load, not a server: stop once written
		System.exit(SpringApplication.exit(context));
	}

}
