package org.fullpicture.directory.internal;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.directory.Directory;
import org.fullpicture.directory.DirectoryService;
import org.fullpicture.shared.PageOf;
import org.fullpicture.web.PageController;
import org.fullpicture.web.Pager;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Practitioners find services by need, age and area; administrators see the services due
 * a check.
 */
@PageController
class DirectoryController {

	static final int PAGE_SIZE = 20;

	private final Directory directory;

	private final AccessPolicy policy;

	DirectoryController(Directory directory, AccessPolicy policy) {
		this.directory = directory;
		this.policy = policy;
	}

	@GetMapping("/services")
	String find(@RequestParam(required = false) String text, @RequestParam(required = false) String need,
			@RequestParam(required = false) Integer age, @RequestParam(required = false) String area,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("canManage", policy.canAdminister(CurrentPractitioner.get()));
		int[] paging = PageOf.bounded(page, PAGE_SIZE, PAGE_SIZE, PAGE_SIZE);
		PageOf<DirectoryService> found = directory.search(new Directory.Search(text, need, age, age, area, true),
				paging[0], paging[1]);
		model.addAttribute("services", found.items());
		model.addAttribute("pager", Pager.of(found));
		model.addAttribute("total", found.total());
		model.addAttribute("text", text);
		model.addAttribute("need", need);
		model.addAttribute("age", age);
		model.addAttribute("area", area);
		return "directory/find-a-service";
	}

	@GetMapping("/services/review")
	String review(Model model) {
		DirectoryApi.requireAdministrator(policy);
		model.addAttribute("services", directory.dueForReview(500));
		return "directory/services-to-review";
	}

}
