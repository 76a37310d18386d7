package org.fullpicture.earlyhelp.internal;

import org.fullpicture.earlyhelp.ClosureReason;

/**
 * Why an episode should close, what it achieved, and (for a guarded reason) what was
 * tried and what concerns remain.
 */
record ClosureRequest(ClosureReason reason, String summary, String whatWasTried, String concernsRemaining,
		String movedTo) {
}
