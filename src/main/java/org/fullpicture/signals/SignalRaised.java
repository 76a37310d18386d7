package org.fullpicture.signals;

import java.time.Instant;
import java.util.UUID;

/**
 * Published when a rule raises a signal about a child. {@code routedTo} is the lead
 * professional it went to, or null when it went to the MASH.
 */
public record SignalRaised(UUID signalId, UUID personId, String ruleId, int ruleVersion, Severity severity,
		UUID routedTo, Instant raisedAt) {
}
