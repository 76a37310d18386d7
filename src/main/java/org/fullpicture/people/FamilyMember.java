package org.fullpicture.people;

import java.util.UUID;

/**
 * Someone in a child's family network: what they are to the child, and whether they live
 * with them.
 */
public record FamilyMember(Person person, String relationship, boolean inHousehold, UUID relationshipId) {
}
