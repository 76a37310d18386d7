package org.fullpicture.people.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.people.BulkIntake;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.PageController;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading an agency's file of records to link against the index, and following the job
 * until it is done.
 */
@PageController
class LinkageJobsController {

	static final int ERRORS_SHOWN = 500;

	static final int REFRESH_SECONDS = 2;

	/**
	 * The file's column for each field the intake names, so a row error points at what to
	 * correct in the file.
	 */
	private static final Map<String, String> COLUMNS = Map.of("givenName", "given_name", "familyName", "family_name",
			"dateOfBirth", "date_of_birth", "nhsNumber", "nhs_number", "address.line1", "address_line1", "address.town",
			"town", "address.postcode", "postcode");

	record RowError(int row, String column, String message) {
	}

	private final BulkIntake bulk;

	private final AccessPolicy policy;

	LinkageJobsController(BulkIntake bulk, AccessPolicy policy) {
		this.bulk = bulk;
		this.policy = policy;
	}

	@GetMapping("/linkage-jobs/new")
	String form(Model model) {
		linker();
		return page(FormErrors.none(), model);
	}

	@PostMapping("/linkage-jobs")
	String start(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		Practitioner me = linker();
		if (file == null || file.isEmpty()) {
			return page(FormErrors.none().add("file", "Select a CSV file"), model);
		}
		try {
			BulkIntake.Job job = bulk.start(file.getOriginalFilename(), file.getInputStream(), me);
			return "redirect:/linkage-jobs/" + job.id();
		}
		catch (InvalidInput ex) {
			return page(FormErrors.none().addAll(ex.problems(), f -> "file"), model);
		}
	}

	@GetMapping("/linkage-jobs/{id}")
	String job(@PathVariable UUID id, Model model) {
		Practitioner me = linker();
		BulkIntake.Job job = bulk.get(id);
		if (!policy.canFollowLinkageJob(me, job.startedBy())) {
			throw new AccessDeniedException("This job was started by someone else");
		}
		model.addAttribute("job", job);
		if (job.isFinished()) {
			model.addAttribute("rowErrors",
					bulk.errors(id, ERRORS_SHOWN)
						.stream()
						.map(e -> new RowError(e.row(), COLUMNS.getOrDefault(e.field(), e.field()), e.message()))
						.toList());
		}
		else {
			model.addAttribute("refreshSeconds", REFRESH_SECONDS);
		}
		return "people/linkage-job";
	}

	/**
	 * UTF-8, without the byte-order mark spreadsheets put at the start, which would hide
	 * the first column's name.
	 */
	private String page(FormErrors errors, Model model) {
		model.addAttribute("errors", errors);
		return "people/link-a-file";
	}

	private Practitioner linker() {
		Practitioner me = CurrentPractitioner.get();
		if (!policy.canRunBulkLinkage(me)) {
			throw new AccessDeniedException(
					"Bulk linkage is for data-quality staff, the MASH, administrators and safeguarding leads");
		}
		return me;
	}

}
