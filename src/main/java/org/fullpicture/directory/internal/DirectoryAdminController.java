package org.fullpicture.directory.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.directory.Directory;
import org.fullpicture.directory.DirectoryService;
import org.fullpicture.directory.ServiceStatus;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.NotFound;
import org.fullpicture.shared.PageOf;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.FormValues;
import org.fullpicture.web.PageController;
import org.fullpicture.web.Pager;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators keep the directory from pages: import an Open Referral UK export and
 * follow it to the end, change a service's status (a service that stops tells everyone
 * working with the children receiving it), and record that a service's details were
 * checked.
 */
@PageController
class DirectoryAdminController {

	static final int PAGE_SIZE = 25;

	static final int REFRESH_SECONDS = 2;

	private final Directory directory;

	private final DirectoryImports imports;

	private final ServicesReceived received;

	private final AccessPolicy policy;

	DirectoryAdminController(Directory directory, DirectoryImports imports, ServicesReceived received,
			AccessPolicy policy) {
		this.directory = directory;
		this.imports = imports;
		this.received = received;
		this.policy = policy;
	}

	@GetMapping("/services/manage")
	String manage(@RequestParam(required = false) String text, @RequestParam(required = false) Integer page,
			Model model) {
		administrator();
		return page(text, page, FormErrors.none(), model);
	}

	@PostMapping("/services/imports")
	String startImport(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		Practitioner me = administrator();
		if (file == null || file.isEmpty()) {
			return page(null, 1, FormErrors.none().add("file", "Select an Open Referral UK JSON file"), model);
		}
		try {
			UUID id = imports.start(new String(file.getBytes(), StandardCharsets.UTF_8), me.id());
			return "redirect:/services/imports/" + id;
		}
		catch (InvalidInput refused) {
			return page(null, 1, FormErrors.none().addAll(refused.problems(), field -> "file"), model);
		}
	}

	@GetMapping("/services/imports/{id}")
	String importProgress(@PathVariable UUID id, Model model) {
		administrator();
		DirectoryImports.Progress progress = imports.progress(id).orElseThrow(() -> new NotFound("Import " + id));
		model.addAttribute("progress", progress);
		if (!progress.finished()) {
			model.addAttribute("refreshSeconds", REFRESH_SECONDS);
		}
		return "directory/import-progress";
	}

	@PostMapping("/services/{id}/status")
	String changeStatus(@PathVariable UUID id, @RequestParam(required = false) String status,
			RedirectAttributes redirect) {
		administrator();
		ServiceStatus chosen = FormValues.enumOrNull(ServiceStatus.class, status);
		if (chosen == null) {
			throw new InvalidInput("status", "Choose the service's status");
		}
		DirectoryService service = received.changeStatus(id, chosen);
		redirect.addFlashAttribute("banner", service.name() + " is now " + chosen.label().toLowerCase()
				+ (chosen == ServiceStatus.ACTIVE ? "" : ". Everyone working with the children receiving it is told."));
		return "redirect:/services/manage";
	}

	@PostMapping("/services/{id}/checked")
	String checked(@PathVariable UUID id, RedirectAttributes redirect) {
		administrator();
		received.markChecked(id);
		redirect.addFlashAttribute("banner", directory.get(id).name() + " is recorded as checked today");
		return "redirect:/services/manage";
	}

	private String page(String text, Integer page, FormErrors errors, Model model) {
		int[] paging = PageOf.bounded(page, PAGE_SIZE, PAGE_SIZE, PAGE_SIZE);
		PageOf<DirectoryService> found = directory.search(new Directory.Search(text, null, null, null, null, false),
				paging[0], paging[1]);
		model.addAttribute("services", found.items());
		model.addAttribute("pager", Pager.of(found));
		model.addAttribute("total", found.total());
		model.addAttribute("text", text);
		model.addAttribute("statuses", ServiceStatus.values());
		model.addAttribute("errors", errors);
		return "directory/manage-services";
	}

	private Practitioner administrator() {
		return DirectoryApi.requireAdministrator(policy);
	}

}
