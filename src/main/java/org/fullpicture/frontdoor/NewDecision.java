package org.fullpicture.frontdoor;

import java.util.UUID;

/**
 * A decision as the MASH worker makes it: level 1 to 4 of the local thresholds, outcome,
 * and the reasons; for signposting, a service from the directory
 * ({@code signpostedServiceId}) or one named in words ({@code signpostedTo}).
 */
public record NewDecision(Integer level, DecisionOutcome outcome, String rationale, String signpostedTo,
		UUID signpostedServiceId) {

	public NewDecision(Integer level, DecisionOutcome outcome, String rationale, String signpostedTo) {
		this(level, outcome, rationale, signpostedTo, null);
	}

}
