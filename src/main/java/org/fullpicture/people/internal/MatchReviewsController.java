package org.fullpicture.people.internal;

import org.fullpicture.access.RecordAccess;

import org.fullpicture.access.AuditAction;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.linkage.MatchReview;
import org.fullpicture.linkage.MatchReviews;
import org.fullpicture.people.Merges;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.PageOf;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.Formats;
import org.fullpicture.web.PageController;
import org.fullpicture.web.Pager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The MASH and data-quality staff decide whether two records the linkage could not settle
 * are the same person.
 */
@PageController
class MatchReviewsController {

	static final int PAGE_SIZE = 25;

	/** One row of the queue: the pair and both people as they are recorded. */
	record Row(MatchReview review, Person existing, Person candidate) {
	}

	/**
	 * One field of the side-by-side comparison; {@code different} when the two records
	 * disagree on it.
	 */
	record Field(String label, String existing, String candidate, boolean different) {
	}

	private final MatchReviews reviews;

	private final Merges merges;

	private final People people;

	private final AccessPolicy policy;

	private final RecordAccess access;

	MatchReviewsController(MatchReviews reviews, Merges merges, People people, AccessPolicy policy,
			RecordAccess access) {
		this.access = access;
		this.reviews = reviews;
		this.merges = merges;
		this.people = people;
		this.policy = policy;
	}

	@GetMapping("/match-reviews")
	String queue(@RequestParam(required = false) Integer page, Model model) {
		decider();
		int[] paging = PageOf.bounded(page, PAGE_SIZE, PAGE_SIZE, PAGE_SIZE);
		PageOf<MatchReview> open = reviews.open(paging[0], paging[1]);
		access.listed(open.items().stream().flatMap(r -> List.of(r.existingId(), r.candidateId()).stream()).toList(),
				AuditAction.VIEWED_MATCH_REVIEW, Channel.PAGE);
		Map<UUID, Person> byId = people
			.findAll(open.items()
				.stream()
				.flatMap(r -> List.of(r.existingId(), r.candidateId()).stream())
				.distinct()
				.toList())
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
		model.addAttribute("rows",
				open.items()
					.stream()
					.map(r -> new Row(r, byId.get(r.existingId()), byId.get(r.candidateId())))
					.toList());
		model.addAttribute("pager", Pager.of(open));
		return "people/match-reviews";
	}

	@GetMapping("/match-reviews/{id}")
	String review(@PathVariable UUID id, Model model) {
		decider();
		MatchReview review = reviews.get(id);
		access.listed(List.of(review.existingId(), review.candidateId()), AuditAction.VIEWED_MATCH_REVIEW,
				Channel.PAGE);
		return page(review, null, "", FormErrors.none(), model);
	}

	@PostMapping("/match-reviews/{id}")
	String decide(@PathVariable UUID id, @RequestParam(required = false) String decision,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		Practitioner me = decider();
		MatchReview review = reviews.get(id);
		MatchReview.Decision chosen = decision(decision);
		try {
			MatchReview decided = merges.decide(id, chosen, reason, me, Channel.PAGE);
			redirect.addFlashAttribute("banner",
					decided.decision() == MatchReview.Decision.SAME
							? "You decided these records are the same person: they are now shown as one child"
							: "You decided these records are not the same person: they stay separate");
			return decided.decision() == MatchReview.Decision.SAME ? "redirect:/children/" + decided.existingId()
					: "redirect:/match-reviews";
		}
		catch (InvalidInput ex) {
			return page(review, chosen, reason, FormErrors.none().addAll(ex.problems(), f -> f), model);
		}
		catch (Conflict ex) {
			return page(reviews.get(id), chosen, reason, FormErrors.none().add("decision", ex.getMessage()), model);
		}
	}

	private String page(MatchReview review, MatchReview.Decision chosen, String reason, FormErrors errors,
			Model model) {
		Merges.Comparison c = merges.compare(review);
		model.addAttribute("review", review);
		model.addAttribute("existing", c.existing());
		model.addAttribute("candidate", c.candidate());
		model.addAttribute("fields", fields(c));
		model.addAttribute("differences", c.differences().size());
		model.addAttribute("decisions", MatchReview.Decision.values());
		model.addAttribute("chosen", chosen);
		model.addAttribute("reason", reason);
		model.addAttribute("errors", errors);
		return "people/match-review";
	}

	private static List<Field> fields(Merges.Comparison c) {
		Merges.Side a = c.existing();
		Merges.Side b = c.candidate();
		List<String> diff = c.differences();
		return List.of(new Field("Recorded by", a.recordedBy(), b.recordedBy(), false),
				new Field("Given name", a.givenName(), b.givenName(), diff.contains("givenName")),
				new Field("Family name", a.familyName(), b.familyName(), diff.contains("familyName")),
				new Field("Date of birth", date(a), date(b), diff.contains("dateOfBirth")),
				new Field("Sex", a.sex(), b.sex(), diff.contains("sex")),
				new Field("NHS number", orNot(a.nhsNumber()), orNot(b.nhsNumber()), diff.contains("nhsNumber")),
				new Field("Unique pupil number", orNot(a.upn()), orNot(b.upn()), diff.contains("upn")),
				new Field("Current address", orNot(a.currentAddress()), orNot(b.currentAddress()),
						diff.contains("currentAddress")),
				new Field("Other names", names(a.otherNames()), names(b.otherNames()), false));
	}

	private static String date(Merges.Side side) {
		return side.dateOfBirth() == null ? "Not recorded" : new Formats().date(side.dateOfBirth());
	}

	private static String orNot(String value) {
		return value == null || value.isBlank() ? "Not recorded" : value;
	}

	private static String names(List<String> names) {
		return names.isEmpty() ? "None recorded" : String.join(", ", names);
	}

	private static MatchReview.Decision decision(String value) {
		for (MatchReview.Decision d : MatchReview.Decision.values()) {
			if (d.name().equals(value)) {
				return d;
			}
		}
		return null;
	}

	private Practitioner decider() {
		Practitioner me = CurrentPractitioner.get();
		if (!policy.canDecideMatches(me)) {
			throw new AccessDeniedException(
					"Only MASH and data-quality staff decide whether records are the same person");
		}
		return me;
	}

}
