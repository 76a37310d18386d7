package org.fullpicture.frontdoor.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.MaxLength;
import org.fullpicture.shared.NotFound;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local threshold document (levels 1 to 4 of the continuum of need): data an
 * administrator changes.
 */
@Service
public class Thresholds {

	public record Level(int level, String name, String descriptor, List<String> indicators) {
	}

	private final JdbcClient db;

	private final AccessPolicy policy;

	private final Clock clock;

	Thresholds(JdbcClient db, AccessPolicy policy, Clock clock) {
		this.db = db;
		this.policy = policy;
		this.clock = clock;
	}

	public List<Level> all() {
		return db.sql("SELECT * FROM contact_threshold_level ORDER BY level")
			.query((rs, row) -> new Level(rs.getInt("level"), rs.getString("name"), rs.getString("descriptor"),
					lines(rs.getString("indicators"))))
			.list();
	}

	public Level level(int level) {
		return all().stream()
			.filter(l -> l.level() == level)
			.findFirst()
			.orElseThrow(() -> new NotFound("Threshold level " + level));
	}

	public boolean mayChange(Practitioner by) {
		return policy.canChangeThresholds(by);
	}

	public void requireChange(Practitioner by) {
		if (!mayChange(by)) {
			throw new AccessDeniedException("Administrators change the threshold document");
		}
	}

	@Transactional
	public void change(Level level, Practitioner by) {
		requireChange(by);
		List<FieldProblem> problems = new ArrayList<>();
		if (level.level() < 1 || level.level() > 4) {
			problems.add(new FieldProblem("level", "The level must be 1 to 4"));
		}
		if (level.name() == null || level.name().isBlank()) {
			problems.add(new FieldProblem("name", "Give the level a name"));
		}
		MaxLength.problem("name", level.name(), 100, "The name").ifPresent(problems::add);
		if (level.descriptor() == null || level.descriptor().isBlank()) {
			problems.add(new FieldProblem("descriptor", "Describe the children at this level"));
		}
		MaxLength.problem("descriptor", level.descriptor(), 2000, "The descriptor").ifPresent(problems::add);
		String indicators = String.join("\n",
				level.indicators().stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
		if (indicators.isEmpty()) {
			problems.add(new FieldProblem("indicators", "Give at least one example indicator"));
		}
		MaxLength.problem("indicators", indicators, 5000, "The indicators").ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		db.sql("""
				UPDATE contact_threshold_level SET name = ?, descriptor = ?, indicators = ?, changed_at = ?, changed_by = ?
				WHERE level = ?""")
			.params(level.name().strip(), level.descriptor().strip(), indicators, OffsetDateTime.now(clock), by.id(),
					level.level())
			.update();
	}

	/**
	 * The first start loads the seed file; later starts keep what administrators have
	 * changed.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void seedIfEmpty() {
		if (db.sql("SELECT COUNT(*) FROM contact_threshold_level").query(Long.class).single() > 0) {
			return;
		}
		for (Level level : parse(read("frontdoor/thresholds.txt"))) {
			db.sql("INSERT INTO contact_threshold_level (level, name, descriptor, indicators) VALUES (?, ?, ?, ?)")
				.params(level.level(), level.name(), level.descriptor(), String.join("\n", level.indicators()))
				.update();
		}
	}

	static List<Level> parse(String text) {
		List<Level> levels = new ArrayList<>();
		Integer number = null;
		String name = null;
		StringBuilder descriptor = new StringBuilder();
		List<String> indicators = new ArrayList<>();
		for (String line : (text + "\n== end").lines().toList()) {
			if (line.startsWith("#") || line.isBlank()) {
				continue;
			}
			if (line.startsWith("== ")) {
				if (number != null) {
					levels.add(new Level(number, name, descriptor.toString().strip(), List.copyOf(indicators)));
				}
				String[] head = line.substring(3).split("\\|", 2);
				number = head.length == 2 ? Integer.valueOf(head[0].strip()) : null;
				name = head.length == 2 ? head[1].strip() : null;
				descriptor.setLength(0);
				indicators.clear();
			}
			else if (line.startsWith("- ")) {
				indicators.add(line.substring(2).strip());
			}
			else {
				descriptor.append(line.strip()).append(' ');
			}
		}
		return levels;
	}

	private static List<String> lines(String text) {
		return Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
	}

	private static String read(String path) {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
