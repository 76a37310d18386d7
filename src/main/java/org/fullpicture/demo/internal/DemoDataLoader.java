package org.fullpicture.demo.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.fullpicture.agencies.Agencies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * On the first start of a demo instance (no agencies yet), loads the invented town; later
 * starts leave it be.
 */
@Component
@ConditionalOnProperty(name = "fullpicture.demo.enabled", havingValue = "true")
@EnableConfigurationProperties(DemoSettings.class)
class DemoDataLoader implements ApplicationRunner {

	/** Fixed, so every demo instance shows the same families. */
	static final long SEED = 20_190_912L;

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final Agencies agencies;

	private final DirectTableWriter writer;

	private final DemoSettings settings;

	private final Clock clock;

	private final FrontDoorDemo frontDoor;

	private final EarlyHelpDemo earlyHelp;

	private final SignalsDemo signalsDemo;

	private final DirectoryDemo directory;

	private final NotifyDemo notify;

	DemoDataLoader(Agencies agencies, DirectTableWriter writer, DemoSettings settings, Clock clock,
			FrontDoorDemo frontDoor, EarlyHelpDemo earlyHelp, SignalsDemo signalsDemo, DirectoryDemo directory,
			NotifyDemo notify) {
		this.directory = directory;
		this.notify = notify;
		this.frontDoor = frontDoor;
		this.earlyHelp = earlyHelp;
		this.signalsDemo = signalsDemo;
		this.agencies = agencies;
		this.writer = writer;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!agencies.all().isEmpty()) {
			log.info("Demo data not loaded: the database already has agencies");
			return;
		}
		long started = System.nanoTime();
		var counts = writer.load(new Generator(SEED, LocalDate.now(clock), Generator.Scale.DEMO), settings.password(),
				Integer.MAX_VALUE);
		directory.load();
		frontDoor.load();
		earlyHelp.load();
		notify.load();
		// counts only: even invented names stay out of the logs
		log.info(
				"Demo data loaded in {} ms: {} agencies, {} practitioners, {} children, {} adults, {} chronology "
						+ "entries, {} involvements",
				(System.nanoTime() - started) / 1_000_000, counts.agencies(), counts.practitioners(), counts.children(),
				counts.adults(), counts.entries(), counts.involvements());
		signalsDemo.load();
	}

}
