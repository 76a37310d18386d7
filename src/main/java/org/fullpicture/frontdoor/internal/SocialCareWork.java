package org.fullpicture.frontdoor.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.fullpicture.calendar.WorkingCalendar;
import org.fullpicture.frontdoor.DecisionOutcome;
import org.fullpicture.shared.OpenWork;
import org.fullpicture.shared.OpenWorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Social care work opened by the front door's section 17 and section 47 decisions. The
 * front door does not hear when that work ends, so a decision counts as open for the
 * statutory time of the assessment it starts (45 working days, configurable).
 */
@Component
class SocialCareWork implements OpenWorkSource {

	private final JdbcClient db;

	private final WorkingCalendar calendar;

	private final FrontDoorSettings settings;

	private final Clock clock;

	SocialCareWork(JdbcClient db, WorkingCalendar calendar, FrontDoorSettings settings, Clock clock) {
		this.db = db;
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public List<OpenWork> openWorkFor(Collection<UUID> childIds) {
		if (childIds.isEmpty()) {
			return List.of();
		}
		Instant now = clock.instant();
		// stands: not sent back, and signed off where sign-off was needed
		return db.sql("""
				SELECT c.person_id, d.outcome, d.decided_at, d.contact_id FROM contact_decision d
				JOIN contact_child c ON c.contact_id = d.contact_id
				JOIN contact k ON k.id = d.contact_id AND k.status = 'DECIDED'
				WHERE c.person_id IN (:children) AND d.returned_at IS NULL
				AND d.outcome IN ('CHILD_IN_NEED_ASSESSMENT', 'STRATEGY_DISCUSSION')""")
			.param("children", childIds)
			.query((rs, row) -> new OpenWork(rs.getObject("person_id", UUID.class), OpenWork.Kind.SOCIAL_CARE,
					DecisionOutcome.valueOf(rs.getString("outcome")).label(), ContactRows.instant(rs, "decided_at"),
					"/contacts/" + rs.getObject("contact_id", UUID.class)))
			.list()
			.stream()
			.filter(w -> !calendar.workingDaysFrom(w.since(), settings.socialCareWorkingDays()).isOverdue(now))
			.toList();
	}

}
