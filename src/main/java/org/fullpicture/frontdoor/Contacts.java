package org.fullpicture.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.calendar.WorkingCalendar;
import org.fullpicture.frontdoor.internal.ContactEntries;
import org.fullpicture.frontdoor.internal.ContactRows;
import org.fullpicture.frontdoor.internal.FrontDoorSettings;
import org.fullpicture.frontdoor.internal.ReferrerReplies;
import org.fullpicture.frontdoor.internal.References;
import org.fullpicture.people.NewPerson;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.people.PersonIntake;
import org.fullpicture.recording.FindingsLog;
import org.fullpicture.recording.TextContext;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.MaxLength;
import org.fullpicture.shared.NotFound;
import org.fullpicture.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts into the front door: made by practitioners (page, API, an early help step-up)
 * or through the public page, about children who are found or recorded through the
 * match-on-create flow, and queued for the MASH by when the decision is due.
 */
@Service
public class Contacts {

	public static final int MAX_WHAT_HAPPENED = 10_000;

	public static final int MAX_TEXT = 5_000;

	public static final int MAX_NOTE = 2_000;

	public static final int MAX_NAME = 200;

	public static final int MAX_CONTACT = 300;

	public static final int MAX_CHILDREN = 20;

	/** How long before now a contact may say it was received. */
	static final java.time.Duration MAX_LATE = java.time.Duration.ofDays(30);

	/** A new contact, and what became of each new child sent with it. */
	public record Made(Contact contact, List<PersonIntake.Intake> intakes) {
	}

	/** One row of the MASH queue, with the counts the queue shows beside it. */
	public record QueueItem(UUID id, String reference, ContactStatus status, List<UUID> childIds, Instant receivedAt,
			Instant decisionDue, Rag rag, boolean overdue, Urgency urgency, ReferrerKind referrerKind, int checksAsked,
			int checksAnswered) {
	}

	/** An earlier contact about the same children, with its outcome if decided. */
	public record Previous(UUID id, String reference, Instant receivedAt, ContactStatus status,
			DecisionOutcome outcome) {
	}

	private final JdbcClient db;

	private final ContactRows rows;

	private final ContactEntries entries;

	private final PersonIntake intake;

	private final People people;

	private final Practitioners practitioners;

	private final FindingsLog findings;

	private final AccessPolicy policy;

	private final WorkingCalendar calendar;

	private final FrontDoorSettings settings;

	private final ReferrerReplies replies;

	private final Clock clock;

	Contacts(JdbcClient db, ContactRows rows, ContactEntries entries, PersonIntake intake, People people,
			Practitioners practitioners, FindingsLog findings, AccessPolicy policy, WorkingCalendar calendar,
			FrontDoorSettings settings, ReferrerReplies replies, Clock clock) {
		this.replies = replies;
		this.db = db;
		this.rows = rows;
		this.entries = entries;
		this.intake = intake;
		this.people = people;
		this.practitioners = practitioners;
		this.findings = findings;
		this.policy = policy;
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * A practitioner's contact. With no referrer (or kind PRACTITIONER) the referrer is
	 * themself; otherwise they record someone else's concern, as a contact centre does
	 * with a call from a neighbour.
	 */
	@Transactional
	public Made make(NewContact input, Practitioner by) {
		return make(input, by, null);
	}

	/**
	 * As {@link #make(NewContact, Practitioner)}, with a link to where the contact came
	 * from (an early help episode).
	 */
	@Transactional
	public Made make(NewContact input, Practitioner by, String link) {
		Referrer referrer = input.referrer() == null || input.referrer().kind() == null
				|| input.referrer().kind() == ReferrerKind.PRACTITIONER
						? new Referrer(ReferrerKind.PRACTITIONER, by.displayName(), null) : input.referrer();
		boolean practitionerRefers = referrer.kind() == ReferrerKind.PRACTITIONER;
		List<FieldProblem> problems = new ArrayList<>();
		if (input.childIds().isEmpty() && input.newChildren().isEmpty()) {
			problems.add(new FieldProblem("childIds", "Choose or record at least one child the contact is about"));
		}
		problems.addAll(childProblems(input.childIds(), input.newChildren()));
		if (!practitionerRefers) {
			referrerProblems(referrer.kind(), referrer.name(), referrer.contact(), "referrer.", problems);
		}
		textProblems(input.whatHappened(), input.worries(), input.wants(), problems);
		if (input.consent() == null) {
			problems
				.add(new FieldProblem("consent", "Say whether the family gave consent: GIVEN, NOT_SOUGHT or REFUSED"));
		}
		else if (input.consent() != Consent.GIVEN && blank(input.consentNote())) {
			problems.add(new FieldProblem("consentNote", input.consent() == Consent.REFUSED
					? "Give the basis for going on without consent" : "Say why consent was not sought"));
		}
		MaxLength.problem("consentNote", input.consentNote(), MAX_NOTE, "The consent note").ifPresent(problems::add);
		MaxLength.problem("link", link, 500, "The link").ifPresent(problems::add);
		Instant now = clock.instant();
		if (input.receivedAt() != null && input.receivedAt().isAfter(now.plusSeconds(300))) {
			problems.add(new FieldProblem("receivedAt", "When the concern was received must be now or in the past"));
		}
		else if (input.receivedAt() != null && input.receivedAt().isBefore(now.minus(MAX_LATE))) {
			problems.add(new FieldProblem("receivedAt",
					"A concern received more than 30 days ago is late: make the contact now and say so in what happened"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		checkText(input.whatHappened(), input.worries(), input.wants());
		List<PersonIntake.Intake> intakes = new ArrayList<>();
		Set<UUID> children = new LinkedHashSet<>(input.childIds());
		for (NewPerson child : input.newChildren()) {
			PersonIntake.Intake done = intake.record(child, by, "Front door contact");
			intakes.add(done);
			children.add(done.person().id());
		}
		Urgency urgency = input.urgency() == null ? Urgency.MEDIUM : input.urgency();
		Instant received = input.receivedAt() == null || input.receivedAt().isAfter(now) ? now : input.receivedAt();
		UUID id = insert(ContactStatus.OPEN, urgency, referrer, practitionerRefers ? by : null, null,
				input.whatHappened(), input.worries(), input.wants(), input.consent(), input.consentNote(), link, by,
				received);
		addChildren(id, children);
		Contact contact = rows.find(id).orElseThrow();
		entries.contactReceived(contact, contact.childIds(), by);
		return new Made(contact, intakes);
	}

	/**
	 * A concern from the public page, recorded by the system recorder. The children are
	 * not looked up: the page must not reveal whether anyone is known, so the MASH
	 * identifies them later ({@link #identifyChildren}).
	 */
	@Transactional
	public Contact reportPublicly(PublicReport report) {
		List<FieldProblem> problems = new ArrayList<>();
		ReferrerKind kind = report.kind() == null ? ReferrerKind.ANONYMOUS : report.kind();
		if (kind == ReferrerKind.PRACTITIONER) {
			problems.add(new FieldProblem("kind", "Practitioners make referrals after signing in"));
		}
		referrerProblems(kind, report.name(), report.contact(), "", problems);
		if (blank(report.children())) {
			problems.add(new FieldProblem("children", "Tell us which child or children you are worried about"));
		}
		MaxLength.problem("children", report.children(), MAX_NOTE, "What you tell us about the children")
			.ifPresent(problems::add);
		textProblems(report.whatHappened(), report.worries(), report.wants(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		Practitioner system = practitioners.system();
		checkText(report.whatHappened(), report.worries(), report.wants());
		boolean anonymous = kind == ReferrerKind.ANONYMOUS;
		UUID id = insert(ContactStatus.AWAITING_CHILDREN, Urgency.MEDIUM,
				new Referrer(kind, anonymous ? null : strip(report.name()), anonymous ? null : strip(report.contact())),
				null, strip(report.children()), report.whatHappened(), report.worries(), report.wants(),
				Consent.NOT_SOUGHT, "Reported through the public page", null, system, clock.instant());
		Contact contact = rows.find(id).orElseThrow();
		if (contact.referrerContact() != null) {
			replies
				.write(contact, "ACKNOWLEDGEMENT", "Thank you for telling us. Your reference is " + contact.reference()
						+ ". Someone in the children's services front door will look at what you told us within one "
						+ "working day. We will let you know when we have decided what to do.");
		}
		return contact;
	}

	/**
	 * The MASH finds or records the children a contact is about (through
	 * match-on-create), before deciding. The contact then enters each child's chronology,
	 * recorded by the system recorder when it came through the public page.
	 */
	@Transactional
	public Made identifyChildren(UUID contactId, List<UUID> childIds, List<NewPerson> newChildren, Practitioner by) {
		requireTriage(by);
		Contact contact = get(contactId);
		if (!contact.status().isOpen()) {
			throw new Conflict("contactId", "This contact has been decided; its children can no longer change");
		}
		List<UUID> existing = childIds == null ? List.of() : childIds;
		List<NewPerson> added = newChildren == null ? List.of() : newChildren;
		List<FieldProblem> problems = new ArrayList<>(childProblems(existing, added));
		if (existing.isEmpty() && added.isEmpty()) {
			problems.add(new FieldProblem("childIds", "Choose or record at least one child"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		List<PersonIntake.Intake> intakes = new ArrayList<>();
		Set<UUID> children = new LinkedHashSet<>(existing);
		for (NewPerson child : added) {
			PersonIntake.Intake done = intake.record(child, by, "Front door contact");
			intakes.add(done);
			children.add(done.person().id());
		}
		children.removeAll(contact.childIds());
		addChildren(contactId, children);
		if (contact.status() == ContactStatus.AWAITING_CHILDREN) {
			db.sql("UPDATE contact SET status = 'OPEN' WHERE id = ?").param(contactId).update();
		}
		Practitioner recorder = contact.recordedBy().equals(Practitioner.SYSTEM_ID) ? practitioners.system() : by;
		entries.contactReceived(contact, List.copyOf(children), recorder);
		return new Made(get(contactId), intakes);
	}

	/**
	 * The contact as its referrer, the MASH and front-door managers may see it; anyone
	 * else is refused.
	 */
	@Transactional(readOnly = true)
	public Contact read(UUID id, Practitioner viewer) {
		Contact contact = get(id);
		if (!mayRead(contact, viewer)) {
			throw new AccessDeniedException("Only the referrer, the MASH and front door managers see a contact");
		}
		return contact;
	}

	public boolean mayRead(Contact contact, Practitioner viewer) {
		return mayOversee(viewer) || viewer.id().equals(contact.referrerPractitionerId());
	}

	public boolean mayTriage(Practitioner viewer) {
		return policy.canTriageContacts(viewer);
	}

	public boolean mayManage(Practitioner viewer) {
		return policy.canOverseeFrontDoor(viewer);
	}

	/** The MASH and front door managers see all of every contact. */
	public boolean mayOversee(Practitioner viewer) {
		return policy.canTriageContacts(viewer) || policy.canOverseeFrontDoor(viewer);
	}

	public Contact get(UUID id) {
		return rows.find(id).orElseThrow(() -> new NotFound("Contact " + id));
	}

	/**
	 * Open contacts, the soonest due first (overdue ones are the soonest). For the MASH
	 * and front door managers.
	 */
	@Transactional(readOnly = true)
	public PageOf<QueueItem> queue(Practitioner viewer, int page, int size) {
		requireQueue(viewer);
		Instant now = clock.instant();
		long total = db.sql("SELECT COUNT(*) FROM contact WHERE in_queue = TRUE").query(Long.class).single();
		List<QueueItem> items = db
			.sql("""
					SELECT c.id, c.reference, c.status, c.received_at, c.decision_due, c.rag, c.urgency, c.referrer_kind,
					       (SELECT COUNT(*) FROM contact_check k WHERE k.contact_id = c.id) AS asked,
					       (SELECT COUNT(*) FROM contact_check k WHERE k.contact_id = c.id AND k.answered_at IS NOT NULL) AS answered
					FROM contact c WHERE c.in_queue = TRUE ORDER BY c.decision_due, c.received_at LIMIT :size OFFSET :offset""")
			.param("size", size)
			.param("offset", (long) (page - 1) * size)
			.query((rs, row) -> new QueueItem(rs.getObject("id", UUID.class), rs.getString("reference"),
					ContactStatus.valueOf(rs.getString("status")), new ArrayList<>(),
					ContactRows.instant(rs, "received_at"), ContactRows.instant(rs, "decision_due"),
					Rag.valueOf(rs.getString("rag")), now.isAfter(ContactRows.instant(rs, "decision_due")),
					Urgency.valueOf(rs.getString("urgency")), ReferrerKind.valueOf(rs.getString("referrer_kind")),
					rs.getInt("asked"), rs.getInt("answered")))
			.list();
		if (!items.isEmpty()) {
			var byId = new java.util.HashMap<UUID, QueueItem>();
			items.forEach(i -> byId.put(i.id(), i));
			db.sql("SELECT contact_id, person_id FROM contact_child WHERE contact_id IN (:ids)")
				.param("ids", byId.keySet())
				.query((rs, row) -> byId.get(rs.getObject("contact_id", UUID.class))
					.childIds()
					.add(rs.getObject("person_id", UUID.class)))
				.list();
		}
		return new PageOf<>(items.stream()
			.map(i -> new QueueItem(i.id(), i.reference(), i.status(), List.copyOf(i.childIds()), i.receivedAt(),
					i.decisionDue(), i.rag(), i.overdue(), i.urgency(), i.referrerKind(), i.checksAsked(),
					i.checksAnswered()))
			.toList(), page, size, total);
	}

	/**
	 * Earlier contacts about any of these children in the last 12 months, newest first,
	 * with their outcomes.
	 */
	public List<Previous> previousContacts(UUID contactId, List<UUID> childIds) {
		if (childIds.isEmpty()) {
			return List.of();
		}
		Instant since = clock.instant().atZone(org.fullpicture.calendar.UkTime.ZONE).minusMonths(12).toInstant();
		return db
			.sql("""
					SELECT DISTINCT c.id, c.reference, c.received_at, c.status,
					       (SELECT MIN(d.outcome) FROM contact_decision d WHERE d.contact_id = c.id AND d.returned_at IS NULL) AS outcome
					FROM contact c JOIN contact_child cc ON cc.contact_id = c.id
					WHERE cc.person_id IN (:children) AND c.id <> :contact AND c.received_at >= :since
					ORDER BY c.received_at DESC""")
			.param("children", childIds)
			.param("contact", contactId)
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.query((rs, row) -> new Previous(rs.getObject("id", UUID.class), rs.getString("reference"),
					ContactRows.instant(rs, "received_at"), ContactStatus.valueOf(rs.getString("status")),
					rs.getString("outcome") == null ? null : DecisionOutcome.valueOf(rs.getString("outcome"))))
			.list();
	}

	/** A practitioner's own contacts, newest first. */
	public List<Contact> madeBy(Practitioner referrer, int limit) {
		return rows
			.all(db.sql("SELECT id FROM contact WHERE referrer_practitioner_id = ? ORDER BY received_at DESC LIMIT ?")
				.params(referrer.id(), limit)
				.query(UUID.class)
				.list());
	}

	/**
	 * The RAG rating the MASH gives on triage; the time to decide is counted again from
	 * when the contact came in.
	 */
	@Transactional
	public void rate(UUID contactId, Rag rag, Practitioner by) {
		requireTriage(by);
		Contact contact = get(contactId);
		if (!contact.status().isOpen()) {
			throw new Conflict("rag", "This contact has been decided");
		}
		Instant due = settings.timescale(rag).from(contact.receivedAt(), calendar).due();
		db.sql("UPDATE contact SET rag = ?, decision_due = ? WHERE id = ?")
			.params(rag.name(), OffsetDateTime.ofInstant(due, ZoneOffset.UTC), contactId)
			.update();
	}

	void requireTriage(Practitioner by) {
		if (!policy.canTriageContacts(by)) {
			throw new AccessDeniedException("Only the MASH does this");
		}
	}

	void requireQueue(Practitioner viewer) {
		if (!policy.canTriageContacts(viewer) && !policy.canOverseeFrontDoor(viewer)) {
			throw new AccessDeniedException("The MASH queue is for the MASH and front door managers");
		}
	}

	private UUID insert(ContactStatus status, Urgency urgency, Referrer referrer, Practitioner practitionerReferrer,
			String childrenDescribed, String whatHappened, String worries, String wants, Consent consent,
			String consentNote, String link, Practitioner recordedBy, Instant now) {
		UUID id = UUID.randomUUID();
		Rag rag = urgency.rag();
		Instant due = settings.timescale(rag).from(now, calendar).due();
		db.sql("""
				INSERT INTO contact (id, reference, status, in_queue, received_at, decision_due, rag, urgency, referrer_kind,
				    referrer_practitioner_id, referrer_agency_id, referrer_name, referrer_contact, children_described,
				    what_happened, worries, wants, consent, consent_note, link, recorded_by)
				VALUES (?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, References.next(), status.name(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
					OffsetDateTime.ofInstant(due, ZoneOffset.UTC), rag.name(), urgency.name(), referrer.kind().name(),
					practitionerReferrer == null ? null : practitionerReferrer.id(),
					practitionerReferrer == null ? null : practitionerReferrer.agencyId(),
					practitionerReferrer == null ? strip(referrer.name()) : practitionerReferrer.displayName(),
					practitionerReferrer == null ? strip(referrer.contact()) : null, childrenDescribed,
					whatHappened.strip(), strip(worries), strip(wants), consent.name(), strip(consentNote), link,
					recordedBy.id())
			.update();
		return id;
	}

	private void addChildren(UUID contactId, Set<UUID> children) {
		for (UUID child : children) {
			db.sql("INSERT INTO contact_child (contact_id, person_id) VALUES (?, ?)").params(contactId, child).update();
		}
	}

	private List<FieldProblem> childProblems(List<UUID> childIds, List<NewPerson> newChildren) {
		List<FieldProblem> problems = new ArrayList<>();
		if (childIds.size() + newChildren.size() > MAX_CHILDREN) {
			problems.add(new FieldProblem("childIds", "A contact can be about at most " + MAX_CHILDREN + " children"));
			return problems;
		}
		if (childIds.stream().anyMatch(Objects::isNull)) {
			problems.add(new FieldProblem("childIds", "Every child must be an id, not null"));
		}
		else if (!childIds.isEmpty()) {
			Set<UUID> known = new java.util.HashSet<>(people.findAll(childIds).stream().map(Person::id).toList());
			for (int i = 0; i < childIds.size(); i++) {
				if (!known.contains(childIds.get(i))) {
					problems.add(new FieldProblem("childIds[" + i + "]", "No child is recorded with this id"));
				}
			}
		}
		for (int i = 0; i < newChildren.size(); i++) {
			NewPerson child = newChildren.get(i);
			if (child == null) {
				problems.add(new FieldProblem("newChildren[" + i + "]", "Give the child's details, not null"));
				continue;
			}
			for (FieldProblem p : people.problemsWith(child)) {
				problems.add(new FieldProblem("newChildren[" + i + "]." + p.field(), p.message()));
			}
		}
		return problems;
	}

	private static void referrerProblems(ReferrerKind kind, String name, String contact, String prefix,
			List<FieldProblem> problems) {
		if (kind == null) {
			problems.add(new FieldProblem(prefix + "kind", "Say who is raising the concern"));
		}
		MaxLength.problem(prefix + "name", name, MAX_NAME, "The name").ifPresent(problems::add);
		MaxLength.problem(prefix + "contact", contact, MAX_CONTACT, "The contact details").ifPresent(problems::add);
	}

	private static void textProblems(String whatHappened, String worries, String wants, List<FieldProblem> problems) {
		if (blank(whatHappened)) {
			problems.add(new FieldProblem("whatHappened", "Describe what happened, in your own words"));
		}
		MaxLength.problem("whatHappened", whatHappened, MAX_WHAT_HAPPENED, "What happened").ifPresent(problems::add);
		MaxLength.problem("worries", worries, MAX_TEXT, "What you are worried about").ifPresent(problems::add);
		MaxLength.problem("wants", wants, MAX_TEXT, "What you want to happen").ifPresent(problems::add);
	}

	/**
	 * The recording module refuses words it blocks, naming the field; it counts its
	 * advice once, when the contact's chronology entry is saved with these words.
	 */
	private void checkText(String whatHappened, String worries, String wants) {
		List<FieldProblem> problems = new ArrayList<>();
		String[][] fields = { { "whatHappened", whatHappened }, { "worries", worries }, { "wants", wants } };
		for (String[] field : fields) {
			if (!blank(field[1])) {
				try {
					findings.refuseBlocked(field[1], TextContext.CONTACT, field[0]);
				}
				catch (InvalidInput blocked) {
					problems.addAll(blocked.problems());
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	static String strip(String s) {
		return blank(s) ? null : s.strip();
	}

}
