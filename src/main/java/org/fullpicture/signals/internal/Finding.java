package org.fullpicture.signals.internal;

import java.util.List;

/**
 * What a rule found about one child now. {@code conditionKey} names the conditions: the
 * rule alone for a pattern (one open signal per rule and child), the rule and the entry
 * or episode for rules that fire on each one.
 */
record Finding(Rule rule, String conditionKey, List<Evidence> evidence) {
}
