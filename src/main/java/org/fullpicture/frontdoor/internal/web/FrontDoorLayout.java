package org.fullpicture.frontdoor.internal.web;

import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.frontdoor.Contacts;
import org.fullpicture.frontdoor.internal.ContactRows;
import org.fullpicture.web.LayoutContributor;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

/**
 * The layout's share of the front door: the MASH queue link, referrals, and the checks
 * waiting for your agency.
 */
@Component
class FrontDoorLayout implements LayoutContributor {

	/**
	 * What the navigation shows; {@code openChecks} is how many checks wait for the
	 * practitioner's agency.
	 */
	public record Links(boolean queue, long openChecks) {
	}

	private final Contacts contacts;

	private final ContactRows rows;

	FrontDoorLayout(Contacts contacts, ContactRows rows) {
		this.contacts = contacts;
		this.rows = rows;
	}

	@Override
	public void contribute(ModelMap model) {
		CurrentPractitioner.find()
			.ifPresent(me -> model.addAttribute("frontDoor",
					new Links(contacts.mayOversee(me), rows.openCheckCount(me.agencyId()))));
	}

}
