/**
 * Signals: rules (as data) that add up what agencies record about a child and raise what
 * no single agency would see, with the evidence; missing episodes and the clocks of
 * return home interviews.
 */
package org.fullpicture.signals;
