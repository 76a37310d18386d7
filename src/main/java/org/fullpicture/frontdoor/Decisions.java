package org.fullpicture.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.Source;
import org.fullpicture.directory.Directory;
import org.fullpicture.directory.DirectoryService;
import org.fullpicture.directory.ServiceStatus;
import org.fullpicture.frontdoor.internal.ContactEntries;
import org.fullpicture.frontdoor.internal.ContactRows;
import org.fullpicture.frontdoor.internal.FrontDoorSettings;
import org.fullpicture.frontdoor.internal.ReferrerReplies;
import org.fullpicture.recording.FindingsLog;
import org.fullpicture.recording.TextContext;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.MaxLength;
import org.fullpicture.shared.NoticeIssued;
import org.fullpicture.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions on contacts, with their rationale and whether they met their due time;
 * manager sign-off where configuration asks for it; answers to the referrer; and
 * professional challenge. A decision stands (and {@link ContactDecided} is published)
 * when it is made, or when a manager signs it off if its outcome needs sign-off.
 */
@Service
public class Decisions {

	public static final int MAX_RATIONALE = 10_000;

	public static final int MAX_SIGNPOSTED = 500;

	public static final int MAX_RESPONSE = 5_000;

	private final JdbcClient db;

	private final ContactRows rows;

	private final Contacts contacts;

	private final ContactEntries entries;

	private final FindingsLog findings;

	private final AccessPolicy policy;

	private final FrontDoorSettings settings;

	private final ApplicationEventPublisher events;

	private final Practitioners practitioners;

	private final ReferrerReplies replies;

	private final Directory directory;

	private final Clock clock;

	Decisions(JdbcClient db, ContactRows rows, Contacts contacts, ContactEntries entries, FindingsLog findings,
			AccessPolicy policy, FrontDoorSettings settings, ApplicationEventPublisher events,
			Practitioners practitioners, ReferrerReplies replies, Directory directory, Clock clock) {
		this.replies = replies;
		this.directory = directory;
		this.practitioners = practitioners;
		this.db = db;
		this.rows = rows;
		this.contacts = contacts;
		this.entries = entries;
		this.findings = findings;
		this.policy = policy;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	public boolean needsSignOff(DecisionOutcome outcome) {
		return settings.signOff().contains(outcome);
	}

	public Set<DecisionOutcome> outcomesNeedingSignOff() {
		return settings.signOff();
	}

	@Transactional
	public Decision decide(UUID contactId, NewDecision input, Practitioner by) {
		contacts.requireTriage(by);
		Contact contact = contacts.get(contactId);
		List<FieldProblem> problems = new ArrayList<>();
		if (input.level() == null || input.level() < 1 || input.level() > 4) {
			problems.add(new FieldProblem("level", "Choose the level of need, 1 to 4"));
		}
		if (input.outcome() == null) {
			problems.add(new FieldProblem("outcome",
					"Choose the outcome: NO_FURTHER_ACTION, EARLY_HELP, CHILD_IN_NEED_ASSESSMENT or STRATEGY_DISCUSSION"));
		}
		if (Contacts.blank(input.rationale())) {
			problems.add(new FieldProblem("rationale", "Give the reasons for the decision"));
		}
		MaxLength.problem("rationale", input.rationale(), MAX_RATIONALE, "The rationale").ifPresent(problems::add);
		MaxLength.problem("signpostedTo", input.signpostedTo(), MAX_SIGNPOSTED, "The service signposted to")
			.ifPresent(problems::add);
		Optional<DirectoryService> service = Optional.ofNullable(input.signpostedServiceId())
			.flatMap(directory::find)
			.filter(s -> s.status() == ServiceStatus.ACTIVE);
		if (input.signpostedServiceId() != null && service.isEmpty()) {
			problems.add(new FieldProblem("signpostedServiceId", "Choose a service that is open in the directory"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		switch (contact.status()) {
			case AWAITING_CHILDREN -> throw new Conflict("contactId", "Identify the children before deciding");
			case AWAITING_SIGN_OFF, DECIDED -> throw new Conflict("contactId", "This contact has already been decided");
			case OPEN -> {
			}
		}
		// counted once, when the decision's chronology entry is saved
		findings.refuseBlocked(input.rationale(), TextContext.DECISION, "rationale");
		Instant now = clock.instant();
		boolean signOff = needsSignOff(input.outcome());
		UUID id = UUID.randomUUID();
		// a service from the directory is named as it reads today, unless the worker
		// named it
		String signpostedTo = Contacts.blank(input.signpostedTo()) ? service
			.map(s -> s.organizationName() == null ? s.name() : s.name() + " (" + s.organizationName() + ")")
			.orElse(null) : Contacts.strip(input.signpostedTo());
		db.sql("""
				INSERT INTO contact_decision (id, contact_id, level, outcome, rationale, signposted_to,
				    signposted_service_id, decided_by, decided_at, met_due, sign_off_required)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, contactId, input.level(), input.outcome().name(), input.rationale().strip(), signpostedTo,
					service.map(DirectoryService::id).orElse(null), by.id(), at(now),
					!now.isAfter(contact.decisionDue()), signOff)
			.update();
		// the status moves only from OPEN, so two decisions at once cannot both stand
		int moved = db.sql("UPDATE contact SET status = ?, in_queue = ? WHERE id = ? AND status = 'OPEN'")
			.params((signOff ? ContactStatus.AWAITING_SIGN_OFF : ContactStatus.DECIDED).name(), signOff, contactId)
			.update();
		if (moved == 0) {
			throw new Conflict("contactId", "This contact has already been decided");
		}
		if (!signOff) {
			conclude(contactId, now);
		}
		return decisionOf(contactId);
	}

	/** A front door manager agrees a decision that needs sign-off; it then stands. */
	@Transactional
	public Decision signOff(UUID contactId, Practitioner manager) {
		Decision pending = pending(contactId, manager);
		Instant now = clock.instant();
		db.sql("UPDATE contact_decision SET signed_off_by = ?, signed_off_at = ? WHERE id = ?")
			.params(manager.id(), at(now), pending.id())
			.update();
		db.sql("UPDATE contact SET status = 'DECIDED', in_queue = FALSE WHERE id = ?").param(contactId).update();
		conclude(contactId, now);
		return decisionOf(contactId);
	}

	/**
	 * A front door manager does not agree: the decision goes back with the reason and the
	 * MASH decides again.
	 */
	@Transactional
	public void sendBack(UUID contactId, String reason, Practitioner manager) {
		Decision pending = pending(contactId, manager);
		if (Contacts.blank(reason)) {
			throw new InvalidInput("reason", "Say why the decision is sent back");
		}
		MaxLength.require("reason", reason, Contacts.MAX_NOTE, "The reason");
		db.sql("UPDATE contact_decision SET returned_by = ?, returned_at = ?, returned_reason = ? WHERE id = ?")
			.params(manager.id(), at(clock.instant()), reason.strip(), pending.id())
			.update();
		db.sql("UPDATE contact SET status = 'OPEN', in_queue = TRUE WHERE id = ?").param(contactId).update();
	}

	/**
	 * The referrer challenges the decision (professional challenge); it goes to the front
	 * door managers.
	 */
	@Transactional
	public Challenge challenge(UUID contactId, String text, Practitioner by) {
		Contact contact = contacts.get(contactId);
		if (!by.id().equals(contact.referrerPractitionerId())) {
			throw new AccessDeniedException("Only the practitioner who made the contact can challenge its decision");
		}
		if (Contacts.blank(text)) {
			throw new InvalidInput("text", "Say why you disagree with the decision");
		}
		MaxLength.require("text", text, MAX_RESPONSE, "The challenge");
		if (contact.status() != ContactStatus.DECIDED) {
			throw new Conflict("contactId", "A decision can be challenged once it has been made");
		}
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		db.sql("INSERT INTO contact_challenge (id, contact_id, text, raised_by, raised_at) VALUES (?, ?, ?, ?, ?)")
			.params(id, contactId, text.strip(), by.id(), at(now))
			.update();
		// the chronology's save checks the words
		entries.record(contact, contact.childIds(), EntryType.CHALLENGE, now,
				"Professional challenge of the decision on contact " + contact.reference() + ": " + text.strip(), by,
				Source.PROFESSIONAL);
		return rows.challenge(id).orElseThrow();
	}

	/**
	 * A front door manager responds to a challenge; the response goes back to the
	 * referrer and stays with the contact.
	 */
	@Transactional
	public Challenge respond(UUID challengeId, String text, Practitioner manager) {
		if (!policy.canOverseeFrontDoor(manager)) {
			throw new AccessDeniedException("Front door managers respond to challenges");
		}
		Challenge challenge = rows.challenge(challengeId).orElseThrow(() -> new NotFound("Challenge " + challengeId));
		if (Contacts.blank(text)) {
			throw new InvalidInput("text", "Write your response to the challenge");
		}
		MaxLength.require("text", text, MAX_RESPONSE, "The response");
		if (challenge.isAnswered()) {
			throw new Conflict("text", "This challenge has already had a response");
		}
		findings.checkOnSave(text, TextContext.DECISION, manager.agencyId(), "text");
		Instant now = clock.instant();
		db.sql("UPDATE contact_challenge SET response = ?, responded_by = ?, responded_at = ? WHERE id = ?")
			.params(text.strip(), manager.id(), at(now), challengeId)
			.update();
		Contact contact = contacts.get(challenge.contactId());
		events
			.publishEvent(new NoticeIssued(UUID.randomUUID(), Set.of(challenge.raisedBy()), null, "CHALLENGE_RESPONDED",
					"A manager responded to your challenge of the decision on contact " + contact.reference(),
					"/contacts/" + contact.id(), false, now));
		return rows.challenge(challengeId).orElseThrow();
	}

	private Decision pending(UUID contactId, Practitioner manager) {
		if (!policy.canOverseeFrontDoor(manager)) {
			throw new AccessDeniedException("Front door managers sign off decisions");
		}
		Contact contact = contacts.get(contactId);
		return contact.decision()
			.filter(Decision::isAwaitingSignOff)
			.orElseThrow(() -> new Conflict("contactId", "This contact has no decision awaiting sign-off"));
	}

	private Decision decisionOf(UUID contactId) {
		return contacts.get(contactId).decision().orElseThrow();
	}

	/**
	 * The decision stands: open checks close (their grounds end), the chronology records
	 * it, the referrer hears, and the other modules are told.
	 */
	private void conclude(UUID contactId, Instant now) {
		db.sql("UPDATE contact_check SET closed_at = ? WHERE contact_id = ? AND closed_at IS NULL")
			.params(at(now), contactId)
			.update();
		Contact contact = contacts.get(contactId);
		Decision decision = contact.decision().orElseThrow();
		StringBuilder text = new StringBuilder("Decision on contact ").append(contact.reference())
			.append(": level ")
			.append(decision.level())
			.append(", ")
			.append(decision.outcome().label().toLowerCase(java.util.Locale.UK))
			.append(".");
		if (decision.signpostedTo() != null) {
			text.append(" Signposted to ").append(decision.signpostedTo()).append(".");
		}
		text.append("\nRationale: ").append(decision.rationale());
		entries.record(contact, contact.childIds(), EntryType.DECISION, decision.decidedAt(), text.toString(),
				practitioners.get(decision.decidedBy()), Source.PROFESSIONAL);
		if (contact.referrerPractitionerId() != null) {
			events.publishEvent(new NoticeIssued(UUID.randomUUID(), Set.of(contact.referrerPractitionerId()), null,
					"CONTACT_DECIDED", "The MASH has decided your contact " + contact.reference(),
					"/contacts/" + contact.id(), false, now));
		}
		else if (contact.referrerContact() != null) {
			replies.write(contact, "ANSWER",
					"Thank you for telling us about your concern (reference " + contact.reference()
							+ "). We have looked into it and decided what to do. We cannot share "
							+ "details about a family, but what you told us has been recorded and acted on.");
		}
		events.publishEvent(new ContactDecided(contact.id(), contact.childIds(), decision.level(), decision.outcome(),
				decision.decidedBy(), decision.decidedAt(), contact.referrerPractitionerId()));
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
