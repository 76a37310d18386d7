package org.fullpicture.frontdoor;

/**
 * A concern from the public page: the children as the reporter describes them (never
 * matched against records here, so the page reveals nothing), and their details unless
 * they stay anonymous.
 */
public record PublicReport(ReferrerKind kind, String name, String contact, String children, String whatHappened,
		String worries, String wants) {
}
