package org.fullpicture.signals.internal;

import java.util.UUID;

import org.fullpicture.chronology.ChronologyEntryRecorded;
import org.fullpicture.frontdoor.ContactDecided;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Incremental evaluation: after each recorded entry or front door decision commits, the
 * rules it can affect run for the children it concerns. The event publication registry
 * holds the event until this succeeds, so none is missed.
 */
@Component
class SignalListeners {

	private final Evaluation evaluation;

	private final WorkWithChildren work;

	SignalListeners(Evaluation evaluation, WorkWithChildren work) {
		this.evaluation = evaluation;
		this.work = work;
	}

	@ApplicationModuleListener
	void on(ChronologyEntryRecorded recorded) {
		for (UUID child : recorded.childIds()) {
			evaluation.evaluate(child, rule -> rule.canBeAffectedBy(recorded.type()));
		}
	}

	@ApplicationModuleListener
	void on(ContactDecided decided) {
		work.record(decided);
		for (UUID child : decided.childIds()) {
			evaluation.evaluate(child,
					rule -> rule.kind() == Rule.Kind.CONTACT_OUTCOMES || rule.kind() == Rule.Kind.RESPONSE_DUE);
		}
	}

}
