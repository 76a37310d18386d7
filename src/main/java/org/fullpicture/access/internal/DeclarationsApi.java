package org.fullpicture.access.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.InvolvementGrants;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.shared.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Declared involvements, listed for review beside break-glass events and reviewed by
 * someone other than the declarer.
 */
@RestController
class DeclarationsApi {

	record DeclarationView(UUID id, UUID personId, UUID agencyId, String agency, UUID practitionerId,
			String practitioner, LocalDate from, LocalDate to, String reason, UUID declaredById, String declaredBy,
			Instant declaredAt, String reviewedBy, Instant reviewedAt, String outcome) {

		static DeclarationView of(Involvements.Declaration d) {
			var i = d.involvement();
			return new DeclarationView(i.id(), i.personId(), i.agency().id(), i.agency().name(), i.practitionerId(),
					i.practitionerName(), i.from(), i.to(), i.reason(), i.recordedBy(), d.declaredBy(), i.recordedAt(),
					d.reviewedBy(), d.reviewedAt(), d.outcome());
		}

	}

	record DeclarationPage(List<DeclarationView> declarations, int page, int size, long totalDeclarations,
			int totalPages) {
	}

	record Review(String outcome) {
	}

	private final InvolvementGrants grants;

	DeclarationsApi(InvolvementGrants grants) {
		this.grants = grants;
	}

	@GetMapping("/api/v1/involvement-declarations")
	DeclarationPage declarations(@RequestParam(defaultValue = "false") boolean unreviewed,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		int[] paging = PageOf.bounded(page, size, 50, 500);
		PageOf<Involvements.Declaration> found = grants.declarationsFor(CurrentPractitioner.get(), unreviewed,
				paging[0], paging[1]);
		return new DeclarationPage(found.items().stream().map(DeclarationView::of).toList(), found.page(), found.size(),
				found.total(), found.totalPages());
	}

	@PostMapping("/api/v1/involvement-declarations/{id}/review")
	ResponseEntity<Void> review(@PathVariable UUID id, @RequestBody Review review) {
		grants.review(CurrentPractitioner.get(), id, review.outcome(), Channel.API);
		return ResponseEntity.noContent().build();
	}

}
