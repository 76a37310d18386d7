package org.fullpicture.frontdoor.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.frontdoor.Challenge;
import org.fullpicture.frontdoor.Checks;
import org.fullpicture.frontdoor.Consent;
import org.fullpicture.frontdoor.Contact;
import org.fullpicture.frontdoor.ContactCheck;
import org.fullpicture.frontdoor.ContactStatus;
import org.fullpicture.frontdoor.Contacts;
import org.fullpicture.frontdoor.Decision;
import org.fullpicture.frontdoor.DecisionOutcome;
import org.fullpicture.frontdoor.Decisions;
import org.fullpicture.frontdoor.NewContact;
import org.fullpicture.frontdoor.NewDecision;
import org.fullpicture.frontdoor.Rag;
import org.fullpicture.frontdoor.Referrer;
import org.fullpicture.frontdoor.ReferrerKind;
import org.fullpicture.frontdoor.Urgency;
import org.fullpicture.people.NewPerson;
import org.fullpicture.people.PersonIntake;
import org.fullpicture.shared.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The front door over JSON: contacts, the MASH queue, checks, decisions, sign-off and
 * challenges.
 */
@RestController
class ContactsApi {

	/**
	 * A contact as its reader may see it. The MASH and front door managers see
	 * everything; the referrer sees their own words, the outcome and the challenges, but
	 * not other agencies' answers or the rationale that may quote them.
	 */
	record ContactView(UUID id, String reference, ContactStatus status, Instant receivedAt, Instant decisionDue,
			Rag rag, boolean overdue, Urgency urgency, List<UUID> childIds, Referrer referrer, String childrenDescribed,
			String whatHappened, String worries, String wants, Consent consent, String consentNote, String link,
			List<CheckView> checks, DecisionView decision, List<DecisionView> earlierDecisions,
			List<ChallengeView> challenges) {

		static ContactView of(Contact c, boolean full, Instant now) {
			List<DecisionView> decisions = c.decisions().stream().map(d -> DecisionView.of(d, full)).toList();
			return new ContactView(c.id(), c.reference(), c.status(), c.receivedAt(), c.decisionDue(), c.rag(),
					c.isOverdue(now), c.urgency(), c.childIds(),
					new Referrer(c.referrerKind(), c.referrerName(), c.referrerContact()), c.childrenDescribed(),
					c.whatHappened(), c.worries(), c.wants(), c.consent(), c.consentNote(), c.link(),
					full ? c.checks().stream().map(CheckView::of).toList() : null,
					c.decision().map(d -> DecisionView.of(d, full)).orElse(null),
					full ? decisions.stream().filter(d -> d.returnedAt() != null).toList() : null,
					c.challenges().stream().map(ChallengeView::of).toList());
		}

	}

	record CheckView(UUID id, UUID contactId, UUID agencyId, String agency, String question, UUID askedBy,
			Instant askedAt, String answer, UUID answeredBy, Instant answeredAt, boolean open) {

		static CheckView of(ContactCheck k) {
			return new CheckView(k.id(), k.contactId(), k.agencyId(), k.agency(), k.question(), k.askedBy(),
					k.askedAt(), k.answer(), k.answeredBy(), k.answeredAt(), k.isOpen());
		}

	}

	record DecisionView(UUID id, int level, DecisionOutcome outcome, String rationale, String signpostedTo,
			UUID signpostedServiceId, UUID decidedBy, Instant decidedAt, boolean metDueTime, boolean signOffRequired,
			UUID signedOffBy, Instant signedOffAt, Instant returnedAt, String returnedReason) {

		static DecisionView of(Decision d, boolean full) {
			return new DecisionView(d.id(), d.level(), d.outcome(), full ? d.rationale() : null, d.signpostedTo(),
					d.signpostedServiceId(), d.decidedBy(), d.decidedAt(), d.metDueTime(), d.signOffRequired(),
					d.signedOffBy(), d.signedOffAt(), d.returnedAt(), full ? d.returnedReason() : null);
		}

	}

	record ChallengeView(UUID id, String text, UUID raisedBy, Instant raisedAt, String response, UUID respondedBy,
			Instant respondedAt) {

		static ChallengeView of(Challenge c) {
			return new ChallengeView(c.id(), c.text(), c.raisedBy(), c.raisedAt(), c.response(), c.respondedBy(),
					c.respondedAt());
		}

	}

	/** A new contact answers with what became of each new child sent with it. */
	record MadeView(UUID id, String reference, Instant receivedAt, Instant decisionDue, Rag rag, List<UUID> childIds,
			List<IntakeView> newChildren) {
	}

	record IntakeView(UUID id, PersonIntake.Outcome outcome, String message) {
	}

	record QueuePage(List<Contacts.QueueItem> contacts, int page, int size, long total, int totalPages) {
	}

	record ChildrenInput(List<UUID> childIds, List<NewPerson> newChildren) {
	}

	record CheckInput(UUID agencyId, String question) {
	}

	record TextInput(String text) {
	}

	record ReasonInput(String reason) {
	}

	record RatingInput(Rag rag) {
	}

	record IdView(UUID id) {
	}

	record ChecksView(List<CheckView> checks) {
	}

	record MineView(List<ContactView> contacts) {
	}

	private final Contacts contacts;

	private final Checks checks;

	private final Decisions decisions;

	private final RecordAccess access;

	private final Clock clock;

	ContactsApi(Contacts contacts, Checks checks, Decisions decisions, RecordAccess access, Clock clock) {
		this.contacts = contacts;
		this.checks = checks;
		this.decisions = decisions;
		this.access = access;
		this.clock = clock;
	}

	@PostMapping("/api/v1/contacts")
	ResponseEntity<MadeView> make(@RequestBody NewContact input) {
		Contacts.Made made = contacts.make(input, CurrentPractitioner.get());
		Contact c = made.contact();
		return ResponseEntity.created(URI.create("/api/v1/contacts/" + c.id()))
			.body(new MadeView(c.id(), c.reference(), c.receivedAt(), c.decisionDue(), c.rag(), c.childIds(),
					made.intakes()
						.stream()
						.map(i -> new IntakeView(i.person().id(), i.outcome(), i.outcome().label()))
						.toList()));
	}

	/** The signed-in practitioner's own contacts, newest first, with their outcomes. */
	@GetMapping("/api/v1/contacts")
	MineView mine() {
		Practitioner me = CurrentPractitioner.get();
		return new MineView(contacts.madeBy(me, 100).stream().map(c -> view(c, me)).toList());
	}

	@GetMapping("/api/v1/contacts/{id}")
	@Transactional
	ContactView get(@PathVariable UUID id) {
		Practitioner me = CurrentPractitioner.get();
		return view(contacts.read(id, me), me);
	}

	@GetMapping("/api/v1/mash/queue")
	QueuePage queue(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		int[] paging = PageOf.bounded(page, size, 50, 200);
		PageOf<Contacts.QueueItem> queue = contacts.queue(CurrentPractitioner.get(), paging[0], paging[1]);
		// the page shows only how many children; the API names them, by id
		access.listed(queue.items().stream().flatMap(c -> c.childIds().stream()).distinct().toList(),
				AuditAction.LISTED_IN_WORK_LIST, Channel.API);
		return new QueuePage(queue.items(), queue.page(), queue.size(), queue.total(), queue.totalPages());
	}

	/** The MASH finds or records the children a contact from the public page is about. */
	@PostMapping("/api/v1/contacts/{id}/children")
	@Transactional
	ContactView identify(@PathVariable UUID id, @RequestBody ChildrenInput input) {
		Practitioner me = CurrentPractitioner.get();
		return view(contacts.identifyChildren(id, input.childIds(), input.newChildren(), me).contact(), me);
	}

	@PostMapping("/api/v1/contacts/{id}/rating")
	@Transactional
	ContactView rate(@PathVariable UUID id, @RequestBody RatingInput input) {
		Practitioner me = CurrentPractitioner.get();
		if (input.rag() == null) {
			throw new org.fullpicture.shared.InvalidInput("rag", "Choose RED, AMBER or GREEN");
		}
		contacts.rate(id, input.rag(), me);
		return view(contacts.get(id), me);
	}

	@PostMapping("/api/v1/contacts/{id}/checks")
	ResponseEntity<IdView> ask(@PathVariable UUID id, @RequestBody CheckInput input) {
		ContactCheck check = checks.ask(id, input.agencyId(), input.question(), CurrentPractitioner.get());
		return ResponseEntity.created(URI.create("/api/v1/checks/" + check.id())).body(new IdView(check.id()));
	}

	@GetMapping("/api/v1/checks")
	ChecksView openChecks() {
		List<ContactCheck> open = checks.openFor(CurrentPractitioner.get());
		// an open check is about its contact's children: each is a look at a child
		access.listed(checks.childrenOf(open), AuditAction.LISTED_IN_WORK_LIST, Channel.API);
		return new ChecksView(open.stream().map(CheckView::of).toList());
	}

	@PostMapping("/api/v1/checks/{id}/answer")
	CheckView answer(@PathVariable UUID id, @RequestBody TextInput input) {
		return CheckView.of(checks.answer(id, input.text(), CurrentPractitioner.get()));
	}

	@PostMapping("/api/v1/contacts/{id}/decision")
	ResponseEntity<DecisionView> decide(@PathVariable UUID id, @RequestBody NewDecision input) {
		Decision decision = decisions.decide(id, input, CurrentPractitioner.get());
		return ResponseEntity.created(URI.create("/api/v1/contacts/" + id)).body(DecisionView.of(decision, true));
	}

	@PostMapping("/api/v1/contacts/{id}/decision/sign-off")
	DecisionView signOff(@PathVariable UUID id) {
		return DecisionView.of(decisions.signOff(id, CurrentPractitioner.get()), true);
	}

	@PostMapping("/api/v1/contacts/{id}/decision/send-back")
	ResponseEntity<Void> sendBack(@PathVariable UUID id, @RequestBody ReasonInput input) {
		decisions.sendBack(id, input.reason(), CurrentPractitioner.get());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/contacts/{id}/challenge")
	ResponseEntity<ChallengeView> challenge(@PathVariable UUID id, @RequestBody TextInput input) {
		Challenge challenge = decisions.challenge(id, input.text(), CurrentPractitioner.get());
		return ResponseEntity.created(URI.create("/api/v1/contacts/" + id)).body(ChallengeView.of(challenge));
	}

	@PostMapping("/api/v1/challenges/{id}/response")
	ChallengeView respond(@PathVariable UUID id, @RequestBody TextInput input) {
		return ChallengeView.of(decisions.respond(id, input.text(), CurrentPractitioner.get()));
	}

	/**
	 * The MASH and managers read the children's data in a contact: each read is audited
	 * through access.
	 */
	private ContactView view(Contact contact, Practitioner viewer) {
		boolean full = contacts.mayOversee(viewer);
		if (full) {
			contact.childIds().forEach(child -> access.open(child, Channel.API));
		}
		return ContactView.of(contact, full, clock.instant());
	}

}
