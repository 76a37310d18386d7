package org.fullpicture.chronology;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.AuditAction;
import org.fullpicture.access.AuditTrail;
import org.fullpicture.access.Channel;
import org.fullpicture.access.Grounds;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.recording.ChildVoiceContext;
import org.fullpicture.recording.ChildsVoiceCheck;
import org.fullpicture.recording.ChildsVoiceResult;
import org.fullpicture.recording.DilutionCheck;
import org.fullpicture.recording.DilutionWarning;
import org.fullpicture.recording.SourceText;
import org.springframework.stereotype.Service;

/**
 * Advice on a summary (meeting notes, an assessment, a plan): where it drops or dilutes
 * what the recent entries about the same children described, and whether an assessment or
 * plan has the child's voice.
 */
@Service
public class SummaryChecks {

	/**
	 * What the summary lost, and (for an assessment or plan) whether the child was heard;
	 * null when not checked.
	 */
	public record Advice(List<DilutionWarning> dilution, ChildsVoiceResult childsVoice) {

		public boolean isEmpty() {
			return dilution.isEmpty() && (childsVoice == null || !childsVoice.flagged());
		}

	}

	public static final Set<EntryType> SUMMARIES = Set.of(EntryType.MEETING, EntryType.ASSESSMENT, EntryType.PLAN);

	/** How far back a summary reaches: the entries it is compared with. */
	private static final Duration SUMMARISED_PERIOD = Duration.ofDays(92);

	private final ChronologyReader chronology;

	private final People people;

	private final DilutionCheck dilutionCheck;

	private final ChildsVoiceCheck childsVoiceCheck;

	private final Clock clock;

	private final AccessPolicy policy;

	private final AuditTrail audit;

	SummaryChecks(ChronologyReader chronology, People people, DilutionCheck dilutionCheck,
			ChildsVoiceCheck childsVoiceCheck, Clock clock, AccessPolicy policy, AuditTrail audit) {
		this.policy = policy;
		this.audit = audit;
		this.chronology = chronology;
		this.people = people;
		this.dilutionCheck = dilutionCheck;
		this.childsVoiceCheck = childsVoiceCheck;
		this.clock = clock;
	}

	/**
	 * Advice on a summary being written now; {@code self} is its own entry once saved
	 * (left out of its sources).
	 */
	public Advice check(EntryType type, String text, List<UUID> childIds, Practitioner viewer, UUID self,
			Channel channel) {
		return check(type, text, childIds, viewer, self, clock.instant(), channel);
	}

	/**
	 * Advice on a summary as it stood when it was written: compared with the entries of
	 * the months before that the viewer may read (every entry about a child they have
	 * grounds for, otherwise their own agency's). Each child whose entries the advice
	 * quotes is audited.
	 */
	public Advice check(EntryType type, String text, List<UUID> childIds, Practitioner viewer, UUID self,
			Instant writtenAt, Channel channel) {
		if (type == null || !SUMMARIES.contains(type) || text == null || childIds.isEmpty()) {
			return new Advice(List.of(), null);
		}
		LocalDate since = LocalDate.ofInstant(writtenAt.minus(SUMMARISED_PERIOD), UkTime.ZONE);
		LocalDate until = LocalDate.ofInstant(writtenAt, UkTime.ZONE);
		Map<UUID, Grounds> grounds = new HashMap<>();
		childIds.stream().distinct().forEach(child -> grounds.put(child, policy.groundsFor(viewer, child)));
		List<UUID> readable = childIds.stream().filter(child -> grounds.get(child).isFull()).distinct().toList();
		List<UUID> notReadable = childIds.stream().filter(child -> !grounds.get(child).isFull()).distinct().toList();
		Map<String, Entry> sources = new LinkedHashMap<>();
		Stream
			.concat(sourcesAbout(readable, null, since, until, viewer),
					sourcesAbout(notReadable, viewer.agencyId(), since, until, viewer))
			.filter(e -> !e.isSuperseded() && !e.id().equals(self) && !SUMMARIES.contains(e.type()))
			.forEach(e -> sources.put(e.id().toString(), e));
		List<DilutionWarning> lost = sources.isEmpty() ? List.of() : dilutionCheck.compare(text,
				sources.values().stream().map(e -> new SourceText(e.id().toString(), e.text())).toList());
		// what the advice quotes is a look at each child those entries are about
		lost.stream()
			.flatMap(warning -> sources.get(warning.entryId()).childIds().stream())
			.filter(grounds::containsKey)
			.distinct()
			.forEach(child -> audit.recordView(viewer.id(), AuditAction.QUOTED_IN_ADVICE, child, grounds.get(child),
					channel));
		return new Advice(lost, childsVoice(type, text, childIds.get(0)));
	}

	private Stream<Entry> sourcesAbout(List<UUID> children, UUID onlyAgency, LocalDate since, LocalDate until,
			Practitioner viewer) {
		if (children.isEmpty()) {
			return Stream.empty();
		}
		return chronology.of(children, new ChronologyFilter(onlyAgency, null, since, until, false), viewer, 1, 200)
			.items()
			.stream();
	}

	private ChildsVoiceResult childsVoice(EntryType type, String text, UUID childId) {
		ChildVoiceContext.DocumentKind kind = switch (type) {
			case ASSESSMENT -> ChildVoiceContext.DocumentKind.ASSESSMENT;
			case PLAN -> ChildVoiceContext.DocumentKind.PLAN;
			default -> null;
		};
		if (kind == null) {
			return null;
		}
		Person child = people.get(childId);
		Integer months = child.dateOfBirth() == null ? null
				: (int) Period.between(child.dateOfBirth(), LocalDate.now(clock)).toTotalMonths();
		return childsVoiceCheck.check(text, new ChildVoiceContext(kind, months));
	}

}
