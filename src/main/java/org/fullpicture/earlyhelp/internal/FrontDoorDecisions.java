package org.fullpicture.earlyhelp.internal;

import org.fullpicture.agencies.Practitioners;
import org.fullpicture.frontdoor.ContactDecided;
import org.fullpicture.frontdoor.DecisionOutcome;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A front door decision of "early help" opens an unallocated episode for the children,
 * from that contact.
 */
@Component
class FrontDoorDecisions {

	private final Episodes episodes;

	private final Practitioners practitioners;

	private final StepUpRecords stepUps;

	FrontDoorDecisions(Episodes episodes, Practitioners practitioners, StepUpRecords stepUps) {
		this.episodes = episodes;
		this.practitioners = practitioners;
		this.stepUps = stepUps;
	}

	@ApplicationModuleListener
	void on(ContactDecided decided) {
		// delivered again after a failure: the contact already has its episode; a step-up
		// kept at early help goes on in the episode it came from
		if (decided.outcome() != DecisionOutcome.EARLY_HELP || decided.childIds().isEmpty()
				|| episodes.existsForContact(decided.contactId()) || stepUps.isStepUp(decided.contactId())) {
			return;
		}
		episodes.open(decided.childIds(), "The front door decided early help (level " + decided.level() + ").",
				practitioners.get(decided.decidedBy()), decided.contactId(), decided.referrerPractitionerId());
	}

}
