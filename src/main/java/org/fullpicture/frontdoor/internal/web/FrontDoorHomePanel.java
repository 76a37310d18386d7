package org.fullpicture.frontdoor.internal.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.frontdoor.Contacts;
import org.fullpicture.frontdoor.internal.ContactRows;
import org.fullpicture.web.HomePanel;
import org.springframework.stereotype.Component;

/**
 * The front door on the home page: for the MASH and its managers, the queue in numbers
 * (by rating, and overdue); for everyone, the checks the MASH has asked of their agency.
 * Counts and dates only, no child named, so nothing here is a look at a record.
 */
@Component
class FrontDoorHomePanel implements HomePanel {

	private final Contacts contacts;

	private final ContactRows rows;

	private final Clock clock;

	FrontDoorHomePanel(Contacts contacts, ContactRows rows, Clock clock) {
		this.contacts = contacts;
		this.rows = rows;
		this.clock = clock;
	}

	@Override
	public Optional<Panel> forSignedIn() {
		return CurrentPractitioner.find().flatMap(me -> {
			Map<String, Object> model = new LinkedHashMap<>();
			if (contacts.mayOversee(me)) {
				model.put("queue", rows.queueCounts(clock.instant()));
			}
			long checks = rows.openCheckCount(me.agencyId());
			if (checks > 0) {
				model.put("checks", checks);
				model.put("oldestCheck", rows.oldestOpenCheck(me.agencyId()).orElseThrow());
			}
			return model.isEmpty() ? Optional.empty() : Optional.of(new Panel(10, "frontdoor/home-panel", model));
		});
	}

}
