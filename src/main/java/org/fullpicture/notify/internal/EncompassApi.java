package org.fullpicture.notify.internal;

import java.util.List;

import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Police see the notices they sent; a setting's safeguarding leads the notices they
 * received.
 */
@RestController
class EncompassApi {

	static final int LIMIT = 2000;

	record EncompassView(List<EncompassNotices.Notice> notices, List<EncompassNotices.Month> months) {
	}

	private final EncompassNotices notices;

	private final Agencies agencies;

	private final RecordAccess access;

	EncompassApi(EncompassNotices notices, Agencies agencies, RecordAccess access) {
		this.notices = notices;
		this.agencies = agencies;
		this.access = access;
	}

	@GetMapping("/api/v1/operation-encompass")
	EncompassView list() {
		Practitioner me = CurrentPractitioner.get();
		requireMayFollow(me, agencies);
		List<EncompassNotices.Notice> found = notices.of(me.agencyId(), LIMIT);
		access.listed(found.stream().map(EncompassNotices.Notice::personId).distinct().toList(),
				AuditAction.LISTED_IN_WORK_LIST, Channel.API);
		return new EncompassView(found, notices.monthly(me.agencyId(), LIMIT));
	}

	static void requireMayFollow(Practitioner me, Agencies agencies) {
		AgencyType type = agencies.get(me.agencyId()).type();
		boolean police = type == AgencyType.POLICE;
		boolean settingLead = type.isEducationSetting() && me.has(Role.SAFEGUARDING_LEAD);
		if (!police && !settingLead) {
			throw new AccessDeniedException(
					"Operation Encompass notices are for police and settings' safeguarding leads");
		}
	}

}
