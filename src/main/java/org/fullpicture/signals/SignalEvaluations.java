package org.fullpicture.signals;

/**
 * Every rule for every child, now: after a rule changes, or after records were loaded
 * without events (demo data, a bulk import). Returns how many signals were raised.
 */
public interface SignalEvaluations {

	int evaluateEveryone();

}
