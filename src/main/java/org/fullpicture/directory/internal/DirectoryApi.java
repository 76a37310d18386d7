package org.fullpicture.directory.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.directory.Directory;
import org.fullpicture.directory.DirectoryService;
import org.fullpicture.directory.ServiceStatus;
import org.fullpicture.shared.NotFound;
import org.fullpicture.shared.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Finding services (any practitioner) and keeping the directory (administrators). */
@RestController
class DirectoryApi {

	record ServicePage(List<DirectoryService> services, int page, int size, long total) {
	}

	record StatusChange(ServiceStatus status) {
	}

	record ImportStarted(UUID id) {
	}

	private final Directory directory;

	private final ServicesReceived received;

	private final DirectoryImports imports;

	private final AccessPolicy policy;

	DirectoryApi(Directory directory, ServicesReceived received, DirectoryImports imports, AccessPolicy policy) {
		this.directory = directory;
		this.received = received;
		this.imports = imports;
		this.policy = policy;
	}

	@GetMapping("/api/v1/directory/services")
	ServicePage find(@RequestParam(required = false) String text, @RequestParam(required = false) String need,
			@RequestParam(required = false) Integer age, @RequestParam(required = false) String area,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		CurrentPractitioner.get();
		int[] bounds = PageOf.bounded(page, size, 20, 100);
		PageOf<DirectoryService> found = directory.search(new Directory.Search(text, need, age, age, area, true),
				bounds[0], bounds[1]);
		return new ServicePage(found.items(), found.page(), found.size(), found.total());
	}

	@GetMapping("/api/v1/directory/services/{id}")
	DirectoryService get(@PathVariable UUID id) {
		CurrentPractitioner.get();
		return directory.get(id);
	}

	@PostMapping("/api/v1/directory/services/{id}/status")
	DirectoryService changeStatus(@PathVariable UUID id, @RequestBody StatusChange change) {
		requireAdministrator();
		return received.changeStatus(id, change == null ? null : change.status());
	}

	@PostMapping("/api/v1/directory/services/{id}/checked")
	DirectoryService checked(@PathVariable UUID id) {
		requireAdministrator();
		received.markChecked(id);
		return directory.get(id);
	}

	@GetMapping("/api/v1/directory/review")
	List<DirectoryService> dueForReview() {
		requireAdministrator();
		return directory.dueForReview(500);
	}

	/** The body is an Open Referral UK JSON export; the import runs in the background. */
	@PostMapping(path = "/api/v1/directory/imports", consumes = "application/json")
	ResponseEntity<ImportStarted> startImport(@RequestBody String export) {
		Practitioner me = requireAdministrator();
		UUID id = imports.start(export, me.id());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/directory/imports/" + id))
			.body(new ImportStarted(id));
	}

	@GetMapping("/api/v1/directory/imports/{id}")
	DirectoryImports.Progress importProgress(@PathVariable UUID id) {
		requireAdministrator();
		return imports.progress(id).orElseThrow(() -> new NotFound("Import " + id));
	}

	private Practitioner requireAdministrator() {
		return requireAdministrator(policy);
	}

	/** The directory is kept by administrators: its API and its pages alike. */
	static Practitioner requireAdministrator(AccessPolicy policy) {
		Practitioner me = CurrentPractitioner.get();
		if (!policy.canAdminister(me)) {
			throw new AccessDeniedException("Only administrators keep the service directory");
		}
		return me;
	}

}
