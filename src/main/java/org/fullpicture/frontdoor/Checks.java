package org.fullpicture.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.agencies.Role;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.Source;
import org.fullpicture.frontdoor.internal.ContactEntries;
import org.fullpicture.frontdoor.internal.ContactRows;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.MaxLength;
import org.fullpicture.shared.NotFound;
import org.fullpicture.shared.NoticeIssued;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Multi-agency checks: the MASH asks a named agency what it knows about a contact's
 * children; the agency's practitioners answer in the system. While a check is open the
 * asked agency may read the children's chronology (grounds CONTACT_CHECK); the grounds
 * end when the check is answered or the contact is decided, whichever comes first.
 */
@Service
public class Checks {

	public static final int MAX_QUESTION = 2_000;

	public static final int MAX_ANSWER = 10_000;

	private final JdbcClient db;

	private final ContactRows rows;

	private final Contacts contacts;

	private final Agencies agencies;

	private final ContactEntries entries;

	private final Practitioners practitioners;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Checks(JdbcClient db, ContactRows rows, Contacts contacts, Agencies agencies, ContactEntries entries,
			Practitioners practitioners, ApplicationEventPublisher events, Clock clock) {
		this.db = db;
		this.rows = rows;
		this.contacts = contacts;
		this.agencies = agencies;
		this.entries = entries;
		this.practitioners = practitioners;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public ContactCheck ask(UUID contactId, UUID agencyId, String question, Practitioner by) {
		contacts.requireTriage(by);
		Contact contact = contacts.get(contactId);
		List<FieldProblem> problems = new ArrayList<>();
		Agency agency = agencyId == null ? null
				: agencies.find(agencyId).filter(a -> a.type() != AgencyType.SYSTEM).orElse(null);
		if (agency == null) {
			problems.add(new FieldProblem("agencyId",
					agencyId == null ? "Choose the agency to ask" : "No agency has this id"));
		}
		if (Contacts.blank(question)) {
			problems.add(new FieldProblem("question", "Say what you are asking the agency"));
		}
		MaxLength.problem("question", question, MAX_QUESTION, "The question").ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (contact.status() == ContactStatus.AWAITING_CHILDREN) {
			throw new Conflict("contactId", "Identify the children before asking other agencies about them");
		}
		if (!contact.status().isOpen()) {
			throw new Conflict("contactId", "This contact has been decided");
		}
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		db.sql("INSERT INTO contact_check (id, contact_id, agency_id, question, asked_by, asked_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, contactId, agencyId, question.strip(), by.id(),
					OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
			.update();
		entries.record(
				contact, contact.childIds(), EntryType.CHECK_REQUESTED, now, "The MASH asked " + agency.name()
						+ " what it knows (contact " + contact.reference() + "): " + question.strip(),
				by, Source.PROFESSIONAL);
		tellTheAskedAgency(contact, agency, id, now);
		return rows.check(id).orElseThrow();
	}

	/**
	 * The asked agency's safeguarding leads are told (its practitioners when it has
	 * none), at once and urgently for a high-urgency contact, so a check is not left to
	 * be found on a list. The notice says only that a check is waiting; the children are
	 * behind the check's own grounds.
	 */
	private void tellTheAskedAgency(Contact contact, Agency agency, UUID checkId, Instant now) {
		List<Practitioner> leads = practitioners.withRole(agency.id(), Role.SAFEGUARDING_LEAD);
		List<Practitioner> told = leads.isEmpty() ? practitioners.withRole(agency.id(), Role.PRACTITIONER) : leads;
		if (told.isEmpty()) {
			return;
		}
		events.publishEvent(new NoticeIssued(checkId, told.stream().map(Practitioner::id).collect(Collectors.toSet()),
				null, "CHECK_REQUESTED", "The MASH asks what your agency knows (contact " + contact.reference() + ")",
				"/checks", contact.urgency() == Urgency.HIGH, now));
	}

	/** The checks asked of the practitioner's agency and not yet answered. */
	public List<ContactCheck> openFor(Practitioner viewer) {
		return rows.openChecksOf(viewer.agencyId());
	}

	/** The children the checks' contacts are about: what a list of checks is about. */
	public List<UUID> childrenOf(List<ContactCheck> checks) {
		return rows.childrenOf(checks.stream().map(ContactCheck::contactId).distinct().toList());
	}

	public ContactCheck get(UUID id) {
		return rows.check(id).orElseThrow(() -> new NotFound("Check " + id));
	}

	/**
	 * Only the asked agency's practitioners answer, once; the answer goes into the
	 * children's chronology, whose save has the recording module check its words.
	 */
	@Transactional
	public ContactCheck answer(UUID checkId, String text, Practitioner by) {
		ContactCheck check = get(checkId);
		if (!check.agencyId().equals(by.agencyId())) {
			throw new AccessDeniedException("Only the agency that was asked answers a check");
		}
		if (Contacts.blank(text)) {
			throw new InvalidInput("text", "Write what your agency knows, or that it knows nothing");
		}
		MaxLength.require("text", text, MAX_ANSWER, "The answer");
		if (check.isAnswered()) {
			throw new Conflict("text", "This check has already been answered");
		}
		if (!check.isOpen()) {
			throw new Conflict("text", "The contact was decided before this check was answered");
		}
		Instant now = clock.instant();
		OffsetDateTime at = OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC);
		db.sql("UPDATE contact_check SET answer = ?, answered_by = ?, answered_at = ?, closed_at = ? WHERE id = ?")
			.params(text.strip(), by.id(), at, at, checkId)
			.update();
		Contact contact = contacts.get(check.contactId());
		entries.record(contact, contact.childIds(), EntryType.CHECK_ANSWERED, now,
				check.agency() + " answered the MASH's check (contact " + contact.reference() + "): " + text.strip(),
				by, Source.PROFESSIONAL);
		return get(checkId);
	}

}
