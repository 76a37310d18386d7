package org.fullpicture.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.directory.Directory;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.NotFound;
import org.fullpicture.web.DateParts;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.FormValues;
import org.fullpicture.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The services a child receives, on a page of the child's record: what they receive now
 * and had before, record a new one from the directory, end one (which tells everyone
 * working with the child, as the API does).
 */
@PageController
class ServicesReceivedController {

	private static final int SERVICES_OFFERED = 300;

	private final ServicesReceived received;

	private final Directory directory;

	private final People people;

	private final RecordAccess access;

	private final Clock clock;

	ServicesReceivedController(ServicesReceived received, Directory directory, People people, RecordAccess access,
			Clock clock) {
		this.received = received;
		this.directory = directory;
		this.people = people;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/children/{id}/services")
	String list(@PathVariable UUID id, Model model) {
		return page(open(id), Map.of(), FormErrors.none(), model);
	}

	@PostMapping("/children/{id}/services")
	String record(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		Person child = open(id);
		DateParts from = DateParts.from(form, "from");
		DateParts to = DateParts.from(form, "to");
		FormErrors errors = FormErrors.none();
		from.problem("the start date").ifPresent(problem -> errors.add("from", problem));
		to.problem("the end date").ifPresent(problem -> errors.add("to", problem));
		if (errors.isEmpty()) {
			try {
				ServicesReceived.Received made = received.record(id,
						FormValues.uuidOrNull(form.getOrDefault("serviceId", "")), from.toDate().orElse(null),
						to.toDate().orElse(null), CurrentPractitioner.get().id());
				redirect.addFlashAttribute("banner", "Recorded: the child receives " + made.serviceName());
				return "redirect:/children/" + id + "/services";
			}
			catch (InvalidInput refused) {
				errors.addAll(refused.problems(), field -> field);
			}
		}
		return page(child, form, errors, model);
	}

	@PostMapping("/children/{id}/services/{receivedId}/end")
	String end(@PathVariable UUID id, @PathVariable UUID receivedId, RedirectAttributes redirect) {
		open(id);
		ServicesReceived.Received service = received.get(receivedId);
		if (!service.personId().equals(id)) {
			throw new NotFound("Service received " + receivedId);
		}
		received.end(receivedId, null);
		redirect.addFlashAttribute("banner", "Ended today: " + service.serviceName()
				+ ". Everyone working with the child has been told, and it is in the chronology.");
		return "redirect:/children/" + id + "/services";
	}

	/** What a child receives is part of their record: the same access and audit. */
	private Person open(UUID id) {
		Person child = people.get(id);
		access.openInFull(id, AuditAction.VIEWED_RECORD, Channel.PAGE);
		return child;
	}

	private String page(Person child, Map<String, String> form, FormErrors errors, Model model) {
		LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
		Integer age = child.dateOfBirth() == null ? null : Period.between(child.dateOfBirth(), today).getYears();
		model.addAttribute("child", child);
		model.addAttribute("age", age);
		model.addAttribute("received", received.of(child.id()));
		model.addAttribute("today", today);
		model.addAttribute("services",
				directory.search(new Directory.Search(null, null, age, age, null, true), 1, SERVICES_OFFERED).items());
		model.addAttribute("form", form);
		model.addAttribute("from", form.isEmpty() ? DateParts.of(today) : DateParts.from(form, "from"));
		model.addAttribute("to", DateParts.from(form, "to"));
		model.addAttribute("errors", errors);
		return "directory/services-received";
	}

}
