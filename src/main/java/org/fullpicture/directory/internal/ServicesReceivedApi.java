package org.fullpicture.directory.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.people.People;
import org.fullpicture.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The services a child receives: part of the child's record, so behind the same access
 * and audit.
 */
@RestController
class ServicesReceivedApi {

	record NewReceived(UUID serviceId, LocalDate from, LocalDate to) {
	}

	record Ending(LocalDate to) {
	}

	private final ServicesReceived received;

	private final People people;

	private final RecordAccess access;

	ServicesReceivedApi(ServicesReceived received, People people, RecordAccess access) {
		this.received = received;
		this.people = people;
		this.access = access;
	}

	@GetMapping("/api/v1/people/{id}/services")
	List<ServicesReceived.Received> of(@PathVariable UUID id) {
		open(id);
		return received.of(id);
	}

	@PostMapping("/api/v1/people/{id}/services")
	ResponseEntity<ServicesReceived.Received> record(@PathVariable UUID id, @RequestBody NewReceived input) {
		open(id);
		ServicesReceived.Received made = received.record(id, input == null ? null : input.serviceId(),
				input == null ? null : input.from(), input == null ? null : input.to(), CurrentPractitioner.get().id());
		return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/services/" + made.id())).body(made);
	}

	@PostMapping("/api/v1/people/{id}/services/{receivedId}/end")
	ServicesReceived.Received end(@PathVariable UUID id, @PathVariable UUID receivedId,
			@RequestBody(required = false) Ending ending) {
		open(id);
		if (!received.get(receivedId).personId().equals(id)) {
			throw new NotFound("Service received " + receivedId);
		}
		return received.end(receivedId, ending == null ? null : ending.to());
	}

	private void open(UUID id) {
		people.get(id);
		access.openInFull(id, AuditAction.VIEWED_RECORD, Channel.API);
	}

}
