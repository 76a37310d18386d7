package org.fullpicture.people.internal;

import java.util.List;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.AuditAction;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.linkage.IdentityLink;
import org.fullpicture.linkage.MatchReview;
import org.fullpicture.linkage.MatchReviews;
import org.fullpicture.people.Merges;
import org.fullpicture.people.Merges.Side;
import org.fullpicture.shared.PageOf;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review queue of possible matches, and merges and unmerges: for MASH and
 * data-quality staff only.
 */
@RestController
class MatchReviewsApi {

	record ReviewBody(UUID id, double probability, String reasons, Side existing, Side candidate,
			List<String> differences, String decision, String decisionReason) {
	}

	record ReviewPage(List<ReviewBody> reviews, int page, int size, long totalReviews, int totalPages) {
	}

	record Decision(MatchReview.Decision decision, String reason) {
	}

	record Reason(String reason) {
	}

	private final MatchReviews reviews;

	private final Merges merges;

	private final AccessPolicy policy;

	private final RecordAccess access;

	MatchReviewsApi(MatchReviews reviews, Merges merges, AccessPolicy policy, RecordAccess access) {
		this.access = access;
		this.reviews = reviews;
		this.merges = merges;
		this.policy = policy;
	}

	@GetMapping("/api/v1/match-reviews")
	ReviewPage open(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		requireDecider();
		int[] paging = PageOf.bounded(page, size, 20, 200);
		PageOf<MatchReview> found = reviews.open(paging[0], paging[1]);
		access.listed(found.items().stream().flatMap(r -> List.of(r.existingId(), r.candidateId()).stream()).toList(),
				AuditAction.VIEWED_MATCH_REVIEW, Channel.API);
		PageOf<ReviewBody> open = found.map(this::body);
		return new ReviewPage(open.items(), open.page(), open.size(), open.total(), open.totalPages());
	}

	@GetMapping("/api/v1/match-reviews/{id}")
	ReviewBody one(@PathVariable UUID id) {
		requireDecider();
		MatchReview review = reviews.get(id);
		access.listed(List.of(review.existingId(), review.candidateId()), AuditAction.VIEWED_MATCH_REVIEW, Channel.API);
		return body(review);
	}

	@PostMapping("/api/v1/match-reviews/{id}/decision")
	ReviewBody decide(@PathVariable UUID id, @RequestBody Decision decision) {
		Practitioner me = requireDecider();
		return body(merges.decide(id, decision.decision(), decision.reason(), me, Channel.API));
	}

	record MergeRequest(UUID personId, String reason) {
	}

	/**
	 * Merges another record into this person's, when staff already know they are the same
	 * person.
	 */
	@PostMapping("/api/v1/people/{id}/merges")
	IdentityLink merge(@PathVariable UUID id, @RequestBody MergeRequest request) {
		Practitioner me = requireDecider();
		if (request.personId() == null) {
			throw new org.fullpicture.shared.InvalidInput("personId", "Choose the record to merge into this one");
		}
		return merges.merge(id, request.personId(), request.reason(), me, Channel.API);
	}

	@PostMapping("/api/v1/merges/{linkId}/undo")
	IdentityLink undo(@PathVariable UUID linkId, @RequestBody Reason reason) {
		Practitioner me = requireDecider();
		return merges.unmerge(linkId, reason.reason(), me, Channel.API);
	}

	private ReviewBody body(MatchReview review) {
		Merges.Comparison c = merges.compare(review);
		return new ReviewBody(review.id(), review.probability(), review.reasons(), c.existing(), c.candidate(),
				c.differences(), review.decision() == null ? null : review.decision().name(), review.decisionReason());
	}

	private Practitioner requireDecider() {
		Practitioner me = CurrentPractitioner.get();
		if (!policy.canDecideMatches(me)) {
			throw new AccessDeniedException(
					"Only MASH and data-quality staff decide whether records are the same person");
		}
		return me;
	}

}
