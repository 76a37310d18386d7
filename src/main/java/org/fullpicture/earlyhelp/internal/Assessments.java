package org.fullpicture.earlyhelp.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.agencies.Involvement;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.access.Channel;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.ChronologyReader;
import org.fullpicture.chronology.ChronologyFilter;
import org.fullpicture.chronology.Entry;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.Factors;
import org.fullpicture.chronology.SummaryChecks;
import org.fullpicture.people.FamilyMember;
import org.fullpicture.people.People;
import org.fullpicture.people.FamilyNetwork;
import org.fullpicture.recording.ChildVoiceContext;
import org.fullpicture.recording.ChildsVoiceCheck;
import org.fullpicture.recording.ChildsVoiceResult;
import org.fullpicture.recording.DilutionWarning;
import org.fullpicture.recording.Finding;
import org.fullpicture.recording.TextContext;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.MaxLength;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The early help assessment: the three sides of the Assessment Framework plus the child's
 * words, the family's view, strengths, factors and analysis. Until someone saves it, it
 * is a draft filled in from what FullPicture already knows, each item with its source, so
 * nobody types twice.
 */
@Service
class Assessments {

	/**
	 * How many of the latest entries are offered; factors are read from the same entries.
	 */
	static final int RECENT_ENTRIES = 200;

	static final int RECENT_SHOWN = 15;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	enum Status {

		NOT_STARTED, DRAFT, COMPLETED

	}

	/** The words of an assessment, as saved or as prefilled. */
	record Text(String childsDevelopment, String parentingCapacity, String familyAndEnvironment, String childsWords,
			String familyView, String strengths, List<String> factors, String analysis) {

		Text {
			factors = factors == null ? List.of() : List.copyOf(factors);
		}

		Map<String, String> fields() {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("childsDevelopment", childsDevelopment);
			fields.put("parentingCapacity", parentingCapacity);
			fields.put("familyAndEnvironment", familyAndEnvironment);
			fields.put("childsWords", childsWords);
			fields.put("familyView", familyView);
			fields.put("strengths", strengths);
			fields.put("analysis", analysis);
			return fields;
		}

	}

	record Source(String kind, UUID childId, String description, String source, LocalDate since, UUID entryId) {
	}

	/** What was prefilled, each item with where it came from. */
	record Prefilled(List<Source> involvements, List<Source> familyNetwork, List<Source> factors,
			List<Source> recentEntries) {
	}

	record Assessment(UUID episodeId, Status status, Text text, Instant savedAt, UUID savedBy, Instant completedAt,
			UUID completedBy, Prefilled prefilled) {
	}

	/**
	 * What completing found: advice on words per field, what the summary lost from the
	 * entries, the child's voice.
	 */
	record Completed(Assessment assessment, Map<String, List<Finding>> findings, List<DilutionWarning> dilutionWarnings,
			ChildsVoiceResult childsVoice) {
	}

	private final JdbcClient db;

	private final Clock clock;

	private final Episodes episodes;

	private final People people;

	private final FamilyNetwork familyNetwork;

	private final Involvements involvements;

	private final ChronologyReader chronology;

	private final SummaryChecks summaryChecks;

	private final ChildsVoiceCheck childsVoiceCheck;

	private final TextChecks textChecks;

	private final EpisodeChronology episodeChronology;

	Assessments(JdbcClient db, Clock clock, Episodes episodes, People people, FamilyNetwork familyNetwork,
			Involvements involvements, ChronologyReader chronology, SummaryChecks summaryChecks,
			ChildsVoiceCheck childsVoiceCheck, TextChecks textChecks, EpisodeChronology episodeChronology) {
		this.db = db;
		this.clock = clock;
		this.episodes = episodes;
		this.people = people;
		this.familyNetwork = familyNetwork;
		this.involvements = involvements;
		this.chronology = chronology;
		this.summaryChecks = summaryChecks;
		this.childsVoiceCheck = childsVoiceCheck;
		this.textChecks = textChecks;
		this.episodeChronology = episodeChronology;
	}

	/**
	 * The saved draft or completed assessment, or the prefilled draft; {@code viewer}
	 * must be able to read the children.
	 */
	Assessment of(Episode episode, Practitioner viewer) {
		Prefilled prefilled = prefill(episode, viewer);
		Optional<Assessment> saved = saved(episode.id(), prefilled);
		return saved.orElseGet(() -> new Assessment(episode.id(), Status.NOT_STARTED, draftFrom(prefilled), null, null,
				null, null, prefilled));
	}

	@Transactional
	Assessment saveDraft(Episode episode, Text text, Practitioner by) {
		requireNotCompleted(episode.id());
		List<FieldProblem> problems = new ArrayList<>();
		text.fields()
			.forEach((field, value) -> MaxLength.problem(field, value, EpisodeWork.MAX_LONG_TEXT, "This section")
				.ifPresent(problems::add));
		for (int i = 0; i < text.factors().size(); i++) {
			if (!Factors.isValid(text.factors().get(i))) {
				problems.add(new FieldProblem("factors[" + i + "]",
						"'" + text.factors().get(i) + "' is not a Children in Need census factor code"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		db.sql("DELETE FROM episode_assessment WHERE episode_id = ?").param(episode.id()).update();
		db.sql("""
				INSERT INTO episode_assessment (episode_id, childs_development, parenting_capacity, family_and_environment,
				    childs_words, family_view, strengths, factors, analysis, saved_at, saved_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(episode.id(), text.childsDevelopment(), text.parentingCapacity(), text.familyAndEnvironment(),
					text.childsWords(), text.familyView(), text.strengths(),
					String.join(" ", text.factors().stream().map(f -> f.toUpperCase(Locale.ROOT)).distinct().toList()),
					text.analysis(), Episodes.utc(clock.instant()), by.id())
			.update();
		return of(episode, by);
	}

	/**
	 * Completes the saved draft: every side written, the words through the recording
	 * checks, and the child's voice heard. Records who and when, and writes the
	 * assessment into the children's chronology.
	 */
	@Transactional
	Completed complete(Episode episode, Practitioner by, Channel channel) {
		Assessment current = of(episode, by);
		if (current.status() == Status.COMPLETED) {
			throw new Conflict("status", "The assessment is already completed");
		}
		if (current.status() == Status.NOT_STARTED) {
			throw new Conflict("status", "Save the assessment before completing it");
		}
		Text text = current.text();
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "childsDevelopment", text.childsDevelopment(), "Describe the child's developmental needs");
		required(problems, "parentingCapacity", text.parentingCapacity(), "Describe the parents' or carers' capacity");
		required(problems, "familyAndEnvironment", text.familyAndEnvironment(),
				"Describe the family and environmental factors");
		required(problems, "childsWords", text.childsWords(),
				"Write what life is like for the child, in the child's own words, or how they were seen and heard");
		required(problems, "analysis", text.analysis(), "Write your analysis: what it all means for the child");
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		Map<String, List<Finding>> findings = textChecks.check(text.fields(), TextContext.ASSESSMENT, by);
		String whole = wholeText(text);
		// the practitioner's words only: a heading such as "in their words" is not the
		// child's voice
		ChildsVoiceResult voice = childsVoice(episode,
				String.join("\n\n", text.fields().values().stream().filter(v -> !EpisodeRules.isBlank(v)).toList()));
		if (voice.flagged()) {
			throw new InvalidInput("childsWords", voice.explanation() + " " + voice.suggestion());
		}
		Instant now = clock.instant();
		db.sql("UPDATE episode_assessment SET completed_at = ?, completed_by = ? WHERE episode_id = ?")
			.params(Episodes.utc(now), by.id(), episode.id())
			.update();
		Chronology.Recorded recorded = episodeChronology.write(episode, EntryType.ASSESSMENT, whole, text.factors(),
				by);
		SummaryChecks.Advice advice = summaryChecks.check(EntryType.ASSESSMENT, whole, episode.childIds(), by,
				recorded.entry().id(), channel);
		return new Completed(of(episode, by), findings, advice.dilution(), voice);
	}

	/**
	 * The youngest child decides how the voice can be heard: a baby's through
	 * observation, not words.
	 */
	private ChildsVoiceResult childsVoice(Episode episode, String text) {
		LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
		Integer youngest = people.findAll(episode.childIds())
			.stream()
			.filter(p -> p.dateOfBirth() != null)
			.map(p -> (int) Period.between(p.dateOfBirth(), today).toTotalMonths())
			.min(Integer::compare)
			.orElse(null);
		return childsVoiceCheck.check(text, new ChildVoiceContext(ChildVoiceContext.DocumentKind.ASSESSMENT, youngest));
	}

	private static String wholeText(Text text) {
		StringBuilder whole = new StringBuilder("Early help assessment completed.");
		section(whole, "The child's developmental needs", text.childsDevelopment());
		section(whole, "Parenting capacity", text.parentingCapacity());
		section(whole, "Family and environmental factors", text.familyAndEnvironment());
		section(whole, "What life is like for the child, in their words", text.childsWords());
		section(whole, "The family's view", text.familyView());
		section(whole, "Strengths", text.strengths());
		section(whole, "Analysis", text.analysis());
		return whole.toString();
	}

	private static void section(StringBuilder whole, String heading, String text) {
		if (!EpisodeRules.isBlank(text)) {
			whole.append("\n\n").append(heading).append(":\n").append(text.strip());
		}
	}

	private static void required(List<FieldProblem> problems, String field, String value, String message) {
		if (EpisodeRules.isBlank(value)) {
			problems.add(new FieldProblem(field, message));
		}
	}

	private void requireNotCompleted(UUID episodeId) {
		boolean completed = db
			.sql("SELECT COUNT(*) FROM episode_assessment WHERE episode_id = ? AND completed_at IS NOT NULL")
			.param(episodeId)
			.query(Long.class)
			.single() > 0;
		if (completed) {
			throw new Conflict("status", "The assessment is completed and can no longer be changed");
		}
	}

	private Optional<Assessment> saved(UUID episodeId, Prefilled prefilled) {
		return db.sql("SELECT * FROM episode_assessment WHERE episode_id = ?").param(episodeId).query((rs, row) -> {
			String factors = rs.getString("factors");
			Text text = new Text(rs.getString("childs_development"), rs.getString("parenting_capacity"),
					rs.getString("family_and_environment"), rs.getString("childs_words"), rs.getString("family_view"),
					rs.getString("strengths"),
					factors == null || factors.isBlank() ? List.of() : Arrays.asList(factors.strip().split(" ")),
					rs.getString("analysis"));
			Instant completed = Episode.instant(rs, "completed_at");
			return new Assessment(episodeId, completed == null ? Status.DRAFT : Status.COMPLETED, text,
					Episode.instant(rs, "saved_at"), rs.getObject("saved_by", UUID.class), completed,
					rs.getObject("completed_by", UUID.class), prefilled);
		}).optional();
	}

	/** What FullPicture knows about the children now, as the viewer may see it. */
	Prefilled prefill(Episode episode, Practitioner viewer) {
		List<UUID> children = episode.childIds();
		LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
		List<Source> agencies = new ArrayList<>();
		for (Involvement i : involvements.activeOfAny(children)) {
			if (i.agency().type() != org.fullpicture.agencies.AgencyType.SYSTEM) {
				agencies.add(new Source("INVOLVEMENT", i.personId(),
						i.agency().name() + (i.practitionerName() == null ? "" : " (" + i.practitionerName() + ")"),
						"Involvement recorded in FullPicture", i.from(), null));
			}
		}
		List<Source> network = new ArrayList<>();
		Set<UUID> listed = new LinkedHashSet<>(children);
		for (UUID child : children) {
			for (FamilyMember m : familyNetwork.of(child)) {
				if (listed.add(m.person().id())) {
					network.add(new Source(m.inHousehold() ? "HOUSEHOLD" : "FAMILY_NETWORK", child,
							m.person().fullName() + ": " + m.relationship()
									+ (m.inHousehold() ? ", lives in the household" : ""),
							"Family network in FullPicture", null, null));
				}
			}
		}
		List<Entry> recent = chronology
			.of(children, new ChronologyFilter(null, null, null, null, false), viewer, 1, RECENT_ENTRIES)
			.items()
			.stream()
			.filter(e -> !e.isSuperseded())
			.toList();
		Map<String, Source> factors = new LinkedHashMap<>();
		for (Entry e : recent) {
			for (String code : e.factors()) {
				factors.putIfAbsent(code, new Source("FACTOR", e.childIds().get(0), code + " " + Factors.label(code),
						e.agencyName() + ", " + DAY.format(day(e.occurredAt())), day(e.occurredAt()), e.id()));
			}
		}
		List<Source> entries = recent.stream()
			.limit(RECENT_SHOWN)
			.map(e -> new Source("ENTRY", e.childIds().get(0), e.type().label() + ": " + excerpt(e.text()),
					e.agencyName() + " (" + e.recorderName() + "), " + DAY.format(day(e.occurredAt())),
					day(e.occurredAt()), e.id()))
			.toList();
		return new Prefilled(List.copyOf(agencies), List.copyOf(network), List.copyOf(factors.values()), entries);
	}

	/**
	 * The first draft: each prefilled item as a line the practitioner can keep, change or
	 * delete, with its source.
	 */
	private static Text draftFrom(Prefilled prefilled) {
		StringBuilder development = new StringBuilder();
		if (!prefilled.recentEntries().isEmpty()) {
			development.append("Recorded by agencies (most recent first):\n");
			prefilled.recentEntries()
				.forEach(s -> development.append("- ")
					.append(s.description())
					.append(" [")
					.append(s.source())
					.append("]\n"));
		}
		StringBuilder family = new StringBuilder();
		if (!prefilled.familyNetwork().isEmpty()) {
			family.append("Family network and household:\n");
			prefilled.familyNetwork().forEach(s -> family.append("- ").append(s.description()).append('\n'));
		}
		if (!prefilled.involvements().isEmpty()) {
			family.append("Agencies working with the family:\n");
			prefilled.involvements()
				.forEach(s -> family.append("- ")
					.append(s.description())
					.append(", since ")
					.append(DAY.format(s.since()))
					.append('\n'));
		}
		return new Text(development.toString().strip(), null, family.toString().strip(), null, null, null,
				prefilled.factors().stream().map(s -> s.description().split(" ")[0]).toList(), null);
	}

	private static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, UkTime.ZONE);
	}

	private static String excerpt(String text) {
		String line = text.strip().replaceAll("\\s+", " ");
		return line.length() <= 200 ? line : line.substring(0, 197) + "...";
	}

}
