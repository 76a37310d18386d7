package org.fullpicture.notify.internal;

import java.net.URI;
import java.util.UUID;

import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.people.People;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Notices to a child's school or setting, sent to the one the child is at now. */
@RestController
class NoticesApi {

	record NoticeRequest(UUID toSettingId, String text) {
	}

	private final SettingNotices notices;

	private final People people;

	private final RecordAccess access;

	NoticesApi(SettingNotices notices, People people, RecordAccess access) {
		this.notices = notices;
		this.people = people;
		this.access = access;
	}

	/**
	 * Where the child is at school is part of their record: only those who may see it may
	 * send, and it is audited.
	 */
	@PostMapping("/api/v1/people/{id}/notices")
	ResponseEntity<SettingNotices.Sent> send(@PathVariable UUID id, @RequestBody NoticeRequest request) {
		people.get(id);
		access.openInFull(id, AuditAction.VIEWED_RECORD, Channel.API);
		SettingNotices.Sent sent = notices.send(id, request == null ? null : request.toSettingId(),
				request == null ? null : request.text(), CurrentPractitioner.get());
		return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/notices/" + sent.id())).body(sent);
	}

}
