package org.fullpicture.frontdoor.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Involvement;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.chronology.ChronologyReader;
import org.fullpicture.chronology.ChronologyFilter;
import org.fullpicture.chronology.Entry;
import org.fullpicture.directory.Directory;
import org.fullpicture.directory.DirectoryService;
import org.fullpicture.frontdoor.Checks;
import org.fullpicture.frontdoor.Contact;
import org.fullpicture.frontdoor.ContactStatus;
import org.fullpicture.frontdoor.Contacts;
import org.fullpicture.frontdoor.DecisionOutcome;
import org.fullpicture.frontdoor.Decisions;
import org.fullpicture.frontdoor.NewDecision;
import org.fullpicture.frontdoor.Rag;
import org.fullpicture.frontdoor.internal.ReferrerReplies;
import org.fullpicture.frontdoor.internal.Thresholds;
import org.fullpicture.linkage.MatchReviews;
import org.fullpicture.people.NewPerson;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.people.Sex;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.OpenWork;
import org.fullpicture.shared.OpenWorkSource;
import org.fullpicture.shared.OutgoingEmail;
import org.fullpicture.web.DateParts;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.FormValues;
import org.fullpicture.web.PageController;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One contact: for the MASH everything beside it (earlier contacts, agencies involved,
 * open work, possible duplicate records, the latest chronology), the checks, the
 * thresholds beside the decision form; for managers sign-off and challenges; for the
 * referrer the outcome and their challenge. Each form posts back here and comes back
 * filled in. The forms are not one transaction: a refused change rolls back alone, and
 * the page is drawn again after it.
 */
@PageController
class ContactPageController {

	private static final int CHRONOLOGY_SHOWN = 10;

	private static final int MAX_SERVICES_OFFERED = 300;

	private final Contacts contacts;

	private final Checks checks;

	private final Decisions decisions;

	private final Thresholds thresholds;

	private final RecordAccess access;

	private final People people;

	private final Involvements involvements;

	private final Agencies agencies;

	private final ChronologyReader chronology;

	private final MatchReviews reviews;

	private final ObjectProvider<OpenWorkSource> openWork;

	private final ReferrerReplies replies;

	private final OutgoingEmail email;

	private final Directory directory;

	private final Clock clock;

	ContactPageController(Contacts contacts, Checks checks, Decisions decisions, Thresholds thresholds,
			RecordAccess access, People people, Involvements involvements, Agencies agencies,
			ChronologyReader chronology, MatchReviews reviews, ObjectProvider<OpenWorkSource> openWork,
			ReferrerReplies replies, OutgoingEmail email, Directory directory, Clock clock) {
		this.directory = directory;
		this.replies = replies;
		this.email = email;
		this.contacts = contacts;
		this.checks = checks;
		this.decisions = decisions;
		this.thresholds = thresholds;
		this.access = access;
		this.people = people;
		this.involvements = involvements;
		this.agencies = agencies;
		this.chronology = chronology;
		this.reviews = reviews;
		this.openWork = openWork;
		this.clock = clock;
	}

	@GetMapping("/contacts/{id}")
	@Transactional
	String show(@PathVariable UUID id, Model model) {
		return page(id, Map.of(), FormErrors.none(), model);
	}

	@PostMapping("/contacts/{id}/children")
	String identify(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		Practitioner me = CurrentPractitioner.get();
		FormErrors errors = FormErrors.none();
		UUID existing = FormValues.uuidOrNull(form.getOrDefault("childId", ""));
		NewPerson described = null;
		if (existing == null) {
			if (!form.getOrDefault("childId", "").isBlank()) {
				errors.add("childId", "A record number looks like 3f2a…, as shown on the child's record");
			}
			DateParts dob = ReferralPagesController.dateOfBirth(form);
			dob.problem("The date of birth").ifPresent(p -> errors.add("dateOfBirth", p));
			if (dob.isBlank()) {
				errors.add("dateOfBirth", "Enter the child's date of birth, for example 27 3 2016");
			}
			LocalDate born = dob.toDate().orElse(null);
			described = new NewPerson(form.get("givenName"), form.get("familyName"), List.of(), born, null,
					FormValues.enumOrNull(Sex.class, form.get("sex")), null, null, null, null);
		}
		if (!errors.isEmpty()) {
			return page(id, form, errors, model);
		}
		NewPerson child = described;
		return act(id, form, errors, model, redirect, "The child has been added to the contact", () -> {
			var made = contacts.identifyChildren(id, existing == null ? List.of() : List.of(existing),
					existing == null ? List.of(child) : List.of(), me);
			return made.intakes().isEmpty() ? null : made.intakes().get(0).outcome().label();
		}, field -> field.replace("newChildren[0].", "")
			.replace("childIds[0]", "childId")
			.replace("childIds", "childId"));
	}

	@PostMapping("/contacts/{id}/rating")
	String rate(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		Rag rag = FormValues.enumOrNull(Rag.class, form.get("rag"));
		if (rag == null) {
			return page(id, form, FormErrors.none().add("rag", "Choose red, amber or green"), model);
		}
		return act(id, form, FormErrors.none(), model, redirect, "The RAG rating has been changed", () -> {
			contacts.rate(id, rag, CurrentPractitioner.get());
			return null;
		}, field -> field);
	}

	@PostMapping("/contacts/{id}/checks")
	String ask(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		return act(id, form, FormErrors.none(), model, redirect, "The check has been sent", () -> {
			checks.ask(id, FormValues.uuidOrNull(form.getOrDefault("agencyId", "")), form.get("question"),
					CurrentPractitioner.get());
			return null;
		}, field -> field);
	}

	@PostMapping("/contacts/{id}/decision")
	String decide(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		Integer level = form.getOrDefault("level", "").matches("[1-4]") ? Integer.valueOf(form.get("level")) : null;
		NewDecision decision = new NewDecision(level, FormValues.enumOrNull(DecisionOutcome.class, form.get("outcome")),
				form.get("rationale"), form.get("signpostedTo"),
				FormValues.uuidOrNull(form.getOrDefault("signpostedServiceId", "")));
		return act(id, form, FormErrors.none(), model, redirect, "The decision has been recorded", () -> {
			decisions.decide(id, decision, CurrentPractitioner.get());
			return null;
		}, field -> field);
	}

	@PostMapping("/contacts/{id}/sign-off")
	String signOff(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		boolean agree = "agree".equals(form.get("signOff"));
		if (!agree && !"send-back".equals(form.get("signOff"))) {
			return page(id, form, FormErrors.none().add("signOff", "Choose whether you agree with the decision"),
					model);
		}
		return act(id, form, FormErrors.none(), model, redirect,
				agree ? "You have signed off the decision" : "The decision has been sent back to the MASH", () -> {
					if (agree) {
						decisions.signOff(id, CurrentPractitioner.get());
					}
					else {
						decisions.sendBack(id, form.get("reason"), CurrentPractitioner.get());
					}
					return null;
				}, field -> field);
	}

	@PostMapping("/contacts/{id}/challenge")
	String challenge(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		return act(id, form, FormErrors.none(), model, redirect, "Your challenge has been sent to a manager", () -> {
			decisions.challenge(id, form.get("challenge"), CurrentPractitioner.get());
			return null;
		}, field -> field.equals("text") ? "challenge" : field);
	}

	@PostMapping("/contacts/{id}/challenges/{challengeId}/response")
	String respond(@PathVariable UUID id, @PathVariable UUID challengeId, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect) {
		return act(id, form, FormErrors.none(), model, redirect, "Your response has been sent", () -> {
			decisions.respond(challengeId, form.get("response"), CurrentPractitioner.get());
			return null;
		}, field -> field.equals("text") ? "response" : field);
	}

	static String ordinal(int n) {
		String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}

	/**
	 * Does the change; on refusal the page comes back with the form filled in and the
	 * problems named.
	 */
	private String act(UUID id, Map<String, String> form, FormErrors errors, Model model, RedirectAttributes redirect,
			String banner, Supplier<String> change, java.util.function.UnaryOperator<String> toFormField) {
		try {
			String said = change.get();
			redirect.addFlashAttribute("banner", said == null ? banner : banner + ". " + said);
			return "redirect:/contacts/" + id;
		}
		catch (InvalidInput ex) {
			return page(id, form, errors.addAll(ex.problems(), toFormField), model);
		}
		catch (Conflict ex) {
			return page(id, form, errors.add(toFormField.apply(ex.field()), ex.getMessage()), model);
		}
	}

	/**
	 * The directory's open services for children of these ages, to signpost to: the same
	 * directory practitioners search.
	 */
	private List<DirectoryService> servicesFor(List<Person> children) {
		LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
		IntSummaryStatistics ages = children.stream()
			.filter(c -> c.dateOfBirth() != null)
			.mapToInt(c -> Period.between(c.dateOfBirth(), today).getYears())
			.summaryStatistics();
		Integer youngest = ages.getCount() == 0 ? null : ages.getMin();
		Integer oldest = ages.getCount() == 0 ? null : ages.getMax();
		return directory.search(new Directory.Search(null, null, youngest, oldest, null, true), 1, MAX_SERVICES_OFFERED)
			.items();
	}

	private String page(UUID id, Map<String, String> form, FormErrors errors, Model model) {
		Practitioner me = CurrentPractitioner.get();
		Contact contact = contacts.read(id, me);
		boolean full = contacts.mayOversee(me);
		model.addAttribute("contact", contact);
		model.addAttribute("full", full);
		model.addAttribute("form", new HashMap<>(form));
		model.addAttribute("errors", errors);
		model.addAttribute("overdue", contact.isOverdue(clock.instant()));
		model.addAttribute("isReferrer", me.id().equals(contact.referrerPractitionerId()));
		model.addAttribute("canTriage", contacts.mayTriage(me));
		model.addAttribute("canOversee", contacts.mayManage(me));
		model.addAttribute("decision", contact.decision().orElse(null));
		model.addAttribute("today", LocalDate.now(clock.withZone(UkTime.ZONE)));
		if (!full) {
			return "frontdoor/contact";
		}
		// every child's record read beside the contact is opened, and audited, through
		// access
		contact.childIds().forEach(child -> access.open(child, Channel.PAGE));
		List<Person> children = people.findAll(contact.childIds());
		model.addAttribute("children", children);
		model.addAttribute("replies", replies.of(contact.id()));
		// the directory is read only where the decision form is drawn
		boolean deciding = contacts.mayTriage(me) && contact.status() == ContactStatus.OPEN;
		model.addAttribute("services", deciding ? servicesFor(children) : List.of());
		model.addAttribute("emailOn", email.enabled());
		List<Contacts.Previous> previous = contacts.previousContacts(contact.id(), contact.childIds());
		model.addAttribute("previous", previous);
		if (!previous.isEmpty()) {
			LocalDate first = previous.get(previous.size() - 1).receivedAt().atZone(UkTime.ZONE).toLocalDate();
			long months = Math.max(1, ChronoUnit.MONTHS.between(first, LocalDate.now(clock.withZone(UkTime.ZONE))) + 1);
			model.addAttribute("historyPhrase",
					ordinal(previous.size() + 1) + " contact in " + months + (months == 1 ? " month" : " months"));
		}
		model.addAttribute("involved", contact.childIds().isEmpty() ? List.of()
				: involvements.activeOfAny(contact.childIds()).stream().map(Involvement::agency).distinct().toList());
		model.addAttribute("openWork",
				openWork.orderedStream().flatMap(s -> s.openWorkFor(contact.childIds()).stream()).toList());
		model.addAttribute("duplicates", reviews.openFor(contact.childIds()).size());
		List<Entry> recent = contact.childIds().isEmpty() ? List.of()
				: chronology.of(contact.childIds(), ChronologyFilter.none(), me, 1, CHRONOLOGY_SHOWN).items();
		Map<UUID, String> names = new HashMap<>();
		children.forEach(c -> names.put(c.id(), c.fullName()));
		model.addAttribute("recent", recent);
		model.addAttribute("names", names);
		model.addAttribute("agencies", agencies.all());
		model.addAttribute("thresholds", thresholds.all());
		model.addAttribute("outcomes", DecisionOutcome.values());
		model.addAttribute("signOffOutcomes", decisions.outcomesNeedingSignOff());
		model.addAttribute("rags", Rag.values());
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("dob", ReferralPagesController.dateOfBirth(form));
		model.addAttribute("awaitingChildren", contact.status() == ContactStatus.AWAITING_CHILDREN);
		return "frontdoor/contact";
	}

}
