package org.fullpicture.people.internal;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.people.BulkIntake;
import org.springframework.core.io.InputStreamResource;
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
class BulkIntakeApi {

	record JobBody(BulkIntake.Job job, int percentDone, List<BulkIntake.RowError> errors) {
	}

	private final BulkIntake bulk;

	private final AccessPolicy policy;

	BulkIntakeApi(BulkIntake bulk, AccessPolicy policy) {
		this.bulk = bulk;
		this.policy = policy;
	}

	@PostMapping(path = "/api/v1/linkage-jobs", consumes = "text/csv")
	ResponseEntity<JobBody> start(@RequestBody InputStreamResource csv,
			@RequestHeader(name = "X-File-Name", required = false) String fileName) throws IOException {
		Practitioner me = requireLinker(); // before a byte of the file is read
		BulkIntake.Job job = bulk.start(fileName, csv.getInputStream(), me);
		return ResponseEntity.accepted().location(URI.create("/api/v1/linkage-jobs/" + job.id())).body(body(job));
	}

	@GetMapping("/api/v1/linkage-jobs/{id}")
	JobBody get(@PathVariable UUID id) {
		Practitioner me = requireLinker();
		BulkIntake.Job job = bulk.get(id);
		if (!policy.canFollowLinkageJob(me, job.startedBy())) {
			throw new AccessDeniedException("This job was started by someone else");
		}
		return body(job);
	}

	private JobBody body(BulkIntake.Job job) {
		return new JobBody(job, job.percentDone(), bulk.errors(job.id(), 500));
	}

	private Practitioner requireLinker() {
		Practitioner me = CurrentPractitioner.get();
		if (!policy.canRunBulkLinkage(me)) {
			throw new AccessDeniedException(
					"Bulk linkage is for data-quality staff, the MASH, administrators and safeguarding leads");
		}
		return me;
	}

}
