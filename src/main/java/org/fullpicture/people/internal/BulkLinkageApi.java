package org.fullpicture.people.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.people.BulkLinkage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Starting a bulk linkage of an agency's file (text/csv) and following its progress. */
@RestController
class BulkLinkageApi {

	record JobView(BulkLinkage.Job job, int percentDone, List<BulkLinkage.RowError> errors) {
	}

	private final BulkLinkage bulk;

	private final AccessPolicy policy;

	BulkLinkageApi(BulkLinkage bulk, AccessPolicy policy) {
		this.bulk = bulk;
		this.policy = policy;
	}

	@PostMapping(path = "/api/v1/linkage-jobs", consumes = "text/csv")
	ResponseEntity<JobView> start(@RequestBody byte[] csv,
			@RequestHeader(name = "X-File-Name", required = false) String fileName) {
		BulkLinkage.Job job = bulk.start(fileName, new String(csv, StandardCharsets.UTF_8), requireLinker());
		return ResponseEntity.accepted().location(URI.create("/api/v1/linkage-jobs/" + job.id())).body(view(job));
	}

	@GetMapping("/api/v1/linkage-jobs/{id}")
	JobView get(@PathVariable UUID id) {
		Practitioner me = requireLinker();
		BulkLinkage.Job job = bulk.get(id);
		if (!policy.canFollowLinkageJob(me, job.startedBy())) {
			throw new AccessDeniedException("This job was started by someone else");
		}
		return view(job);
	}

	private JobView view(BulkLinkage.Job job) {
		return new JobView(job, job.percentDone(), bulk.errors(job.id(), 500));
	}

	private Practitioner requireLinker() {
		Practitioner me = CurrentPractitioner.get();
		if (!policy.canRunBulkLinkage(me)) {
			throw new AccessDeniedException("Bulk linkage is for data-quality staff, the MASH, administrators and safeguarding leads");
		}
		return me;
	}

}
