package org.fullpicture.frontdoor;

import java.util.List;

import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door's door for early help: a step-up becomes a contact like any other, with
 * the episode's history as what happened, so the MASH decides it on the same queue and
 * clock. Early help calls this; the front door never calls back.
 */
@Service
public class StepUpReferrals {

	private final Contacts contacts;

	private final Practitioners practitioners;

	StepUpReferrals(Contacts contacts, Practitioners practitioners) {
		this.contacts = contacts;
		this.practitioners = practitioners;
	}

	@Transactional
	public Contact stepUp(StepUp stepUp) {
		Practitioner by = practitioners.get(stepUp.practitionerId());
		String whatHappened = stepUp.episodeHistory() == null ? null
				: "Step-up from early help.\n" + stepUp.episodeHistory();
		NewContact contact = new NewContact(stepUp.childIds(), List.of(), null, whatHappened, stepUp.reason(),
				"The MASH to decide whether the family needs children's social care", Consent.NOT_SOUGHT,
				"Step-up from early help: the family's consent is held by the early help episode", Urgency.MEDIUM);
		return contacts.make(contact, by, stepUp.link()).contact();
	}

}
