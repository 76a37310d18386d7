package org.fullpicture.frontdoor;

/**
 * Who raised the concern and how to reach them; {@code contact} is a phone number, email
 * or address as they gave it.
 */
public record Referrer(ReferrerKind kind, String name, String contact) {
}
