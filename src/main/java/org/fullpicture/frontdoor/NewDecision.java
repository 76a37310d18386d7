package org.fullpicture.frontdoor;

/**
 * A decision as the MASH worker makes it: level 1 to 4 of the local thresholds, outcome,
 * and the reasons.
 */
public record NewDecision(Integer level, DecisionOutcome outcome, String rationale, String signpostedTo) {
}
