package org.fullpicture.chronology.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.chronology.Amendment;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.ChronologyReader;
import org.fullpicture.chronology.ChronologyFilter;
import org.fullpicture.chronology.Entry;
import org.fullpicture.chronology.FamilyChildren;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.chronology.SummaryChecks;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.recording.ChildsVoiceResult;
import org.fullpicture.recording.DilutionWarning;
import org.fullpicture.recording.Finding;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.PageOf;
import org.fullpicture.web.JsonProblems;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
class ChronologyApi {

	record EntryBody(UUID id, List<UUID> childIds, EntryType type, Instant occurredAt, Instant recordedAt,
			Duration sharingDelay, UUID recorderId, String recorder, UUID agencyId, String agency, String text,
			List<String> factors, String source, String sensitivity, UUID supersedes, String amendmentReason,
			UUID supersededBy) {

		static EntryBody of(Entry e) {
			return new EntryBody(e.id(), e.childIds(), e.type(), e.occurredAt(), e.recordedAt(), e.sharingDelay(),
					e.recorderId(), e.recorderName(), e.agencyId(), e.agencyName(), e.text(), e.factors(),
					e.source().name(), e.sensitivity().name(), e.supersedesId(), e.amendmentReason(),
					e.supersededById());
		}

	}

	/** What a save answers: the entry, and the advice on its words. */
	record RecordedBody(@JsonUnwrapped EntryBody entry, List<Finding> findings, List<DilutionWarning> dilutionWarnings,
			ChildsVoiceResult childsVoice) {

		static RecordedBody of(Chronology.Recorded recorded, SummaryChecks.Advice advice) {
			return new RecordedBody(EntryBody.of(recorded.entry()), recorded.findings(), advice.dilution(),
					advice.childsVoice());
		}

	}

	/**
	 * HTTP-like status per entry: 201 recorded, 200 already recorded under the key, 400
	 * refused, 409 key reused.
	 */
	record BatchItemBody(String idempotencyKey, int status, EntryBody entry, List<FieldProblem> errors,
			List<Finding> findings) {

		static BatchItemBody of(Chronology.BatchResult r) {
			int status = switch (r.outcome()) {
				case RECORDED -> 201;
				case REPLAYED -> 200;
				case INVALID -> 400;
				case CONFLICT -> 409;
			};
			return new BatchItemBody(r.idempotencyKey(), status, r.entry() == null ? null : EntryBody.of(r.entry()),
					r.problems(), r.findings());
		}

	}

	/**
	 * {@code access} is "full", or "own-agency-entries" for a caller without grounds to
	 * read the child's record.
	 */
	record EntryPage(String access, List<EntryBody> entries, int page, int size, long totalEntries, int totalPages) {
	}

	private final Chronology chronology;

	private final ChronologyReader reader;

	private final People people;

	private final RecordAccess access;

	private final FamilyChildren familyChildren;

	private final SummaryChecks summaryChecks;

	private final JsonMapper json;

	ChronologyApi(Chronology chronology, ChronologyReader reader, People people, RecordAccess access,
			FamilyChildren familyChildren, SummaryChecks summaryChecks, JsonMapper json) {
		this.json = json;
		this.familyChildren = familyChildren;
		this.summaryChecks = summaryChecks;
		this.chronology = chronology;
		this.reader = reader;
		this.people = people;
		this.access = access;
	}

	@PostMapping("/api/v1/chronology")
	ResponseEntity<RecordedBody> record(@RequestBody NewEntry input,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		Practitioner me = CurrentPractitioner.get();
		Chronology.Recorded recorded;
		try {
			recorded = chronology.record(input, me, idempotencyKey);
		}
		catch (DuplicateKeyException raced) {
			// the same key arrived twice at once: the other request stored it, so answer
			// with that entry
			recorded = chronology.record(input, me, idempotencyKey);
		}
		return ResponseEntity.created(URI.create("/api/v1/chronology/" + recorded.entry().id()))
			.body(RecordedBody.of(recorded, advise(recorded.entry(), me)));
	}

	/**
	 * Many entries in one request, for agencies' systems that send in bulk; every entry
	 * needs its own key.
	 */
	@PostMapping("/api/v1/chronology/batch")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = Chronology.KeyedEntry.class))))
	List<BatchItemBody> recordBatch(@RequestBody List<JsonNode> items) {
		// each entry is read on its own, so one that cannot be read (a NUL in its text)
		// is refused alone
		List<Chronology.KeyedEntry> batch = new ArrayList<>();
		Map<Integer, BatchItemBody> unreadable = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i) == null || items.get(i).isNull()) {
				throw new InvalidInput("[" + i + "]", "Send an entry with its idempotency key, not null");
			}
			try {
				Chronology.KeyedEntry item = json.treeToValue(items.get(i), Chronology.KeyedEntry.class);
				if (item.idempotencyKey() == null) {
					throw new InvalidInput("[" + i + "].idempotencyKey",
							"Give every entry of a batch an idempotency key");
				}
				batch.add(item);
			}
			catch (DatabindException ex) {
				String key = items.get(i).path("idempotencyKey").asString(null);
				unreadable.put(i, new BatchItemBody(key, 400, null, List.of(JsonProblems.of(ex)), List.of()));
			}
		}
		Practitioner me = CurrentPractitioner.get();
		List<Chronology.BatchResult> results;
		try {
			results = chronology.recordAll(batch, me);
		}
		catch (DuplicateKeyException raced) {
			// another request stored some of these keys at the same moment: now they
			// answer as already recorded
			results = chronology.recordAll(batch, me);
		}
		List<BatchItemBody> answers = new ArrayList<>();
		var recorded = results.iterator();
		for (int i = 0; i < items.size(); i++) {
			answers.add(unreadable.containsKey(i) ? unreadable.get(i) : BatchItemBody.of(recorded.next()));
		}
		return answers;
	}

	@GetMapping("/api/v1/chronology/{id}")
	EntryBody entry(@PathVariable UUID id) {
		Practitioner me = CurrentPractitioner.get();
		Entry entry = reader.get(id);
		if (!reader.isVisibleTo(entry, me)) {
			throw new AccessDeniedException("You may not see this entry");
		}
		access.openEntry(entry.childIds(), entry.agencyId(), Channel.API);
		return EntryBody.of(entry);
	}

	@GetMapping("/api/v1/people/{id}/chronology")
	EntryPage chronology(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) UUID agency,
			@RequestParam(required = false) EntryType type, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "oldest") String order,
			@RequestParam(defaultValue = "child") String scope) {
		Person person = people.get(id);
		if (!scope.equals("child") && !scope.equals("family")) {
			throw new InvalidInput("scope", "Choose child, or family for all the household's children");
		}
		Practitioner me = CurrentPractitioner.get();
		ChronologyFilter filter = new ChronologyFilter(agency, type, from, to, !"newest".equals(order));
		List<UUID> children = List.of(id);
		boolean full = true;
		if (scope.equals("family")) {
			access.openInFull(id, AuditAction.VIEWED_CHRONOLOGY, Channel.API);
			children = familyChildren.of(person, me, Channel.API).ids();
		}
		else if (!access.openChronology(id, Channel.API).isFull()) {
			full = false;
			filter = filter.onlyAgency(me.agencyId());
		}
		int[] paging = PageOf.bounded(page, size, 50, 500);
		PageOf<Entry> entries = reader.of(children, filter, me, paging[0], paging[1]);
		return new EntryPage(full ? "full" : "own-agency-entries", entries.items().stream().map(EntryBody::of).toList(),
				entries.page(), entries.size(), entries.total(), entries.totalPages());
	}

	@PostMapping("/api/v1/chronology/{id}/amendments")
	ResponseEntity<RecordedBody> amend(@PathVariable UUID id, @RequestBody Amendment amendment) {
		Practitioner me = CurrentPractitioner.get();
		Chronology.Recorded amended = chronology.amend(id, amendment, me);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/chronology/" + amended.entry().id()))
			.body(RecordedBody.of(amended, advise(amended.entry(), me)));
	}

	private SummaryChecks.Advice advise(Entry entry, Practitioner me) {
		return summaryChecks.check(entry.type(), entry.text(), entry.childIds(), me, entry.id(), Channel.API);
	}

}
