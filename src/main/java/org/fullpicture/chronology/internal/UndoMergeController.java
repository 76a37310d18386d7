package org.fullpicture.chronology.internal;

import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.linkage.Identities;
import org.fullpicture.people.Merges;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.NotFound;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.PageController;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * MASH and data-quality staff undo a merge from the child's page; both records come back
 * as they were.
 */
@PageController
class UndoMergeController {

	private final Merges merges;

	private final AccessPolicy policy;

	private final ChildRecordController record;

	private final Identities identities;

	UndoMergeController(Merges merges, AccessPolicy policy, ChildRecordController record, Identities identities) {
		this.identities = identities;
		this.merges = merges;
		this.policy = policy;
		this.record = record;
	}

	@PostMapping("/children/{id}/merges/{linkId}/undo")
	String undo(@PathVariable UUID id, @PathVariable UUID linkId, @RequestParam(defaultValue = "") String reason,
			Model model, RedirectAttributes redirect) {
		Practitioner me = CurrentPractitioner.get();
		if (!policy.canDecideMatches(me)) {
			throw new AccessDeniedException("Only MASH and data-quality staff undo merges");
		}
		// the merge must be one of this child's, so a form posted from one child's page
		// cannot undo another's
		if (identities.linksOf(id).stream().noneMatch(link -> link.id().equals(linkId))) {
			throw new NotFound("Merge " + linkId + " of this child");
		}
		String field = "undo-" + linkId;
		if (reason.isBlank()) {
			return again(id, linkId, reason, FormErrors.none().add(field, "Enter why you are undoing this merge"),
					model);
		}
		try {
			merges.unmerge(linkId, reason, me, Channel.PAGE);
		}
		catch (InvalidInput ex) {
			return again(id, linkId, reason, FormErrors.none().add(field, ex.problems().get(0).message()), model);
		}
		catch (Conflict ex) {
			return again(id, linkId, reason, FormErrors.none().add(field, ex.getMessage()), model);
		}
		redirect.addFlashAttribute("banner", "The merge has been undone: the records are shown separately again");
		return "redirect:/children/" + id;
	}

	private String again(UUID id, UUID linkId, String reason, FormErrors errors, Model model) {
		model.addAttribute("errors", errors);
		model.addAttribute("failedLinkId", linkId);
		model.addAttribute("undoReason", reason);
		return record.record(id, model);
	}

}
