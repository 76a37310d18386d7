package org.fullpicture.signals.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.fullpicture.agencies.Practitioner;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.Factors;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.NotFound;
import org.fullpicture.signals.Severity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The rules: shipped in {@code rules/*.yaml}, replaced by any file of the same id in the
 * directory that {@code fullpicture.signals.rules-directory} names, and tuned by
 * administrators whose every change of parameters is kept and makes a new version.
 * Changes are read from the database, so every instance applies them within a minute.
 */
@Service
class RuleBook {

	/** One administrator's change of a rule's parameters. */
	public record Change(String ruleId, int version, Map<String, Object> parameters, String reason, UUID changedBy,
			Instant changedAt) {
	}

	private static final Duration REREAD_CHANGES = Duration.ofMinutes(1);

	private final Map<String, Map<String, Object>> files;

	private final JdbcClient db;

	private final Clock clock;

	private volatile Map<String, Rule> rules;

	private volatile Instant readAt = Instant.MIN;

	RuleBook(JdbcClient db, Clock clock, @Value("${fullpicture.signals.rules-directory:}") String directory) {
		this.db = db;
		this.clock = clock;
		this.files = readFiles(directory);
		for (Map<String, Object> file : files.values()) {
			Rule rule = rule(file, Map.of(), 0);
			List<FieldProblem> problems = problemsWith(rule.kind(), rule.parameters());
			if (!problems.isEmpty()) {
				throw new IllegalStateException("Rule " + rule.id() + ": " + problems);
			}
		}
	}

	/**
	 * The rules as shipped, with no changes: for tests of the engine that need no
	 * database.
	 */
	static List<Rule> shipped() {
		return readFiles("").values().stream().map(file -> rule(file, Map.of(), 0)).toList();
	}

	/** Every rule as it stands now, in the order of their ids. */
	List<Rule> all() {
		return List.copyOf(current().values());
	}

	Optional<Rule> find(String id) {
		return Optional.ofNullable(current().get(id));
	}

	Rule get(String id) {
		return find(id).orElseThrow(() -> new NotFound("Rule " + id));
	}

	/**
	 * A new version of the rule with these parameters (those left out keep their values);
	 * the change is kept.
	 */
	@Transactional
	Rule change(String id, Map<String, Object> changed, String reason, Practitioner by) {
		Rule before = get(id);
		List<FieldProblem> problems = new ArrayList<>();
		if (reason == null || reason.isBlank()) {
			problems.add(new FieldProblem("reason", "Say why the rule is changing"));
		}
		else if (reason.length() > 1000) {
			problems.add(new FieldProblem("reason", "The reason must be 1,000 characters or fewer"));
		}
		if (changed == null || changed.isEmpty()) {
			problems.add(new FieldProblem("parameters", "Give at least one parameter to change"));
		}
		Map<String, Object> parameters = new LinkedHashMap<>(before.parameters());
		if (changed != null) {
			for (String name : changed.keySet()) {
				if (!parameters.containsKey(name)) {
					problems.add(new FieldProblem("parameters." + name, "The rule has no parameter called " + name));
				}
			}
			parameters.putAll(changed);
		}
		if (problems.isEmpty()) {
			problems.addAll(problemsWith(before.kind(), parameters));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		int version = before.version() + 1;
		db.sql("""
				INSERT INTO signal_rule_change (id, rule_id, version, parameters, reason, changed_by, changed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), id, version, yaml().dump(parameters), reason.strip(), by.id(),
					OffsetDateTime.now(clock))
			.update();
		readAt = Instant.MIN;
		return get(id);
	}

	/** Every change of one rule, newest first. */
	List<Change> changes(String ruleId) {
		return db.sql("SELECT * FROM signal_rule_change WHERE rule_id = ? ORDER BY version DESC")
			.param(ruleId)
			.query((rs, row) -> new Change(rs.getString("rule_id"), rs.getInt("version"),
					yaml().load(rs.getString("parameters")), rs.getString("reason"),
					rs.getObject("changed_by", UUID.class),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private Map<String, Rule> current() {
		Instant now = clock.instant();
		if (rules == null || readAt.isBefore(now.minus(REREAD_CHANGES)) || readAt.isAfter(now)) {
			Map<String, Change> latest = new TreeMap<>();
			db.sql("""
					SELECT c.* FROM signal_rule_change c
					WHERE c.version = (SELECT MAX(l.version) FROM signal_rule_change l WHERE l.rule_id = c.rule_id)""")
				.query((rs, row) -> new Change(rs.getString("rule_id"), rs.getInt("version"),
						yaml().load(rs.getString("parameters")), null, null, null))
				.list()
				.forEach(c -> latest.put(c.ruleId(), c));
			Map<String, Rule> read = new TreeMap<>();
			for (Map.Entry<String, Map<String, Object>> file : files.entrySet()) {
				Change change = latest.get(file.getKey());
				read.put(file.getKey(), change == null ? rule(file.getValue(), Map.of(), 0)
						: rule(file.getValue(), change.parameters(), change.version()));
			}
			rules = read;
			readAt = now;
		}
		return rules;
	}

	@SuppressWarnings("unchecked")
	private static Rule rule(Map<String, Object> file, Map<String, Object> changed, int changedVersion) {
		Map<String, Object> parameters = new LinkedHashMap<>((Map<String, Object>) file.get("parameters"));
		parameters.putAll(changed);
		int version = Math.max(((Number) file.get("version")).intValue(), changedVersion);
		Rule.Kind kind = Rule.Kind.valueOf((String) file.get("kind"));
		return new Rule((String) file.get("id"), version, (String) file.get("title"), kind,
				Severity.valueOf((String) file.get("severity")), Rule.Route.valueOf((String) file.get("route")),
				(String) file.get("description"), (String) file.get("why"), (String) file.get("recommendedAction"),
				parameters, settings(parameters, new ArrayList<>()));
	}

	static List<FieldProblem> problemsWith(Rule.Kind kind, Map<String, Object> parameters) {
		List<FieldProblem> problems = new ArrayList<>();
		Rule.Settings s = settings(parameters, problems);
		if (!problems.isEmpty()) {
			return problems;
		}
		switch (kind) {
			case PATTERN -> {
				positive(problems, "windowDays", s.windowDays());
				positive(problems, "minEntries", s.minEntries());
				positive(problems, "minAgencies", s.minAgencies());
				positive(problems, "minIndicators", s.minIndicators());
				needs(problems, "indicators", s.indicators());
				if (s.minIndicators() > s.indicators().size()) {
					problems.add(new FieldProblem("parameters.minIndicators",
							"The rule looks for " + s.indicators().size() + " kinds of sign, so it cannot need more"));
				}
			}
			case EACH -> {
				positive(problems, "windowDays", s.windowDays());
				needs(problems, "indicators", s.indicators());
			}
			case CHANGE -> {
				positive(problems, "contextDays", s.contextDays());
				needs(problems, "indicators", s.indicators());
				needs(problems, "triggers", s.triggers());
			}
			case RESPONSE_DUE -> {
				positive(problems, "windowDays", s.windowDays());
				positive(problems, "dueWorkingDays", s.dueWorkingDays());
				needs(problems, "indicators", s.indicators());
			}
			case RETURN_INTERVIEW_DUE -> positive(problems, "dueHours", s.dueHours());
			case CONTACT_OUTCOMES -> {
				positive(problems, "windowDays", s.windowDays());
				positive(problems, "minContacts", s.minContacts());
				if (s.outcomes().isEmpty()) {
					problems.add(new FieldProblem("parameters.outcomes", "Name at least one front door outcome"));
				}
			}
		}
		return problems;
	}

	private static void positive(List<FieldProblem> problems, String name, int value) {
		if (value < 1) {
			problems.add(new FieldProblem("parameters." + name, name + " must be a whole number of 1 or more"));
		}
	}

	private static void needs(List<FieldProblem> problems, String name, List<Indicator> indicators) {
		if (indicators.isEmpty()) {
			problems
				.add(new FieldProblem("parameters." + name, "Give at least one entry type or factor code to look for"));
		}
	}

	private static Rule.Settings settings(Map<String, Object> p, List<FieldProblem> problems) {
		Reader r = new Reader(p, problems);
		Rule.Scope scope = Rule.Scope.CHILD;
		String scopeName = r.text("scope");
		if (scopeName != null) {
			try {
				scope = Rule.Scope.valueOf(scopeName);
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("parameters.scope", "Choose CHILD or HOUSEHOLD"));
			}
		}
		return new Rule.Settings(r.number("windowDays", 0), r.number("minEntries", 1), r.number("minAgencies", 1),
				r.number("minIndicators", 1), r.flag("noOpenWork"), scope, r.flag("unbornOnly"),
				r.optionalNumber("minAgeYears"), r.optionalNumber("maxAgeYears"), r.number("contextDays", 0),
				r.number("dueWorkingDays", 0), r.number("dueHours", 0), r.number("minContacts", 0),
				Set.copyOf(r.words("outcomes")), r.indicators("indicators"), r.indicators("triggers"),
				r.indicators("responses"));
	}

	/** Reads one rule's parameters, noting each one that is the wrong shape. */
	private record Reader(Map<String, Object> p, List<FieldProblem> problems) {

		int number(String name, int absent) {
			Integer value = optionalNumber(name);
			return value == null ? absent : value;
		}

		Integer optionalNumber(String name) {
			Object value = p.get(name);
			if (value == null) {
				return null;
			}
			if (value instanceof Integer i) {
				return i;
			}
			if (value instanceof String s && s.strip().matches("\\d{1,6}")) {
				return Integer.valueOf(s.strip());
			}
			problems.add(new FieldProblem("parameters." + name, name + " must be a whole number"));
			return null;
		}

		boolean flag(String name) {
			Object value = p.get(name);
			if (value == null || value instanceof Boolean) {
				return Boolean.TRUE.equals(value);
			}
			if ("true".equals(value) || "false".equals(value)) {
				return "true".equals(value);
			}
			problems.add(new FieldProblem("parameters." + name, name + " must be true or false"));
			return false;
		}

		String text(String name) {
			Object value = p.get(name);
			return value == null ? null : value.toString();
		}

		List<String> words(String name) {
			Object value = p.get(name);
			if (value == null) {
				return List.of();
			}
			if (value instanceof Collection<?> list) {
				return list.stream().map(String::valueOf).toList();
			}
			problems.add(new FieldProblem("parameters." + name, name + " must be a list"));
			return List.of();
		}

		@SuppressWarnings("unchecked")
		List<Indicator> indicators(String name) {
			Object value = p.get(name);
			if (value == null) {
				return List.of();
			}
			if (!(value instanceof List<?> list)) {
				problems.add(new FieldProblem("parameters." + name, name + " must be a list"));
				return List.of();
			}
			List<Indicator> indicators = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				String field = "parameters." + name + "[" + i + "]";
				if (!(list.get(i) instanceof Map<?, ?> item)) {
					problems.add(new FieldProblem(field, "Give a name with entryTypes and/or factors"));
					continue;
				}
				Reader inner = new Reader((Map<String, Object>) item, new ArrayList<>());
				Set<EntryType> types = EnumSet.noneOf(EntryType.class);
				for (String type : inner.words("entryTypes")) {
					try {
						types.add(EntryType.valueOf(type));
					}
					catch (IllegalArgumentException ex) {
						problems.add(new FieldProblem(field + ".entryTypes", "'" + type + "' is not an entry type"));
					}
				}
				List<String> factors = inner.words("factors").stream().map(f -> f.toUpperCase(Locale.ROOT)).toList();
				factors.stream()
					.filter(f -> !Factors.isValid(f))
					.forEach(f -> problems.add(new FieldProblem(field + ".factors",
							"'" + f + "' is not a Children in Need census factor code")));
				String indicatorName = inner.text("name");
				if (indicatorName == null || indicatorName.isBlank()) {
					problems.add(new FieldProblem(field + ".name", "Give the sign a name"));
				}
				if (types.isEmpty() && factors.isEmpty()) {
					problems.add(new FieldProblem(field, "Give at least one entry type or factor code"));
				}
				int minCount = inner.number("minCount", 1);
				if (minCount < 1) {
					problems.add(new FieldProblem(field + ".minCount", "minCount must be 1 or more"));
				}
				problems.addAll(inner.problems()
					.stream()
					.map(pr -> new FieldProblem(field + "." + pr.field().substring("parameters.".length()),
							pr.message()))
					.toList());
				String label = inner.text("label");
				indicators.add(new Indicator(indicatorName, label == null ? indicatorName : label, Set.copyOf(types),
						Set.copyOf(factors), minCount));
			}
			return List.copyOf(indicators);
		}

	}

	private static Yaml yaml() {
		// safe loading: rule files and stored changes build plain maps and lists, never
		// arbitrary objects
		return new Yaml(new SafeConstructor(new LoaderOptions()));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> readFiles(String directory) {
		Map<String, Map<String, Object>> read = new TreeMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:rules/*.yaml")) {
				try (InputStream in = resource.getInputStream()) {
					Map<String, Object> file = yaml().load(in);
					read.put((String) file.get("id"), file);
				}
			}
			if (!directory.isBlank()) {
				try (var paths = Files.list(Path.of(directory))) {
					for (Path path : paths.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
						try (InputStream in = Files.newInputStream(path)) {
							Map<String, Object> file = yaml().load(in);
							read.put((String) file.get("id"), file);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return read;
	}

}
