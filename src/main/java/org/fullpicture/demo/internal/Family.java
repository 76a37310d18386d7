package org.fullpicture.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Role;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.Sensitivity;
import org.fullpicture.chronology.Source;
import org.fullpicture.people.RelationshipType;
import org.fullpicture.people.Sex;

/**
 * One generated family and everything recorded about it; agencies and practitioners are
 * referred to by key.
 */
record Family(Pattern pattern, List<Person> children, List<Person> adults, List<Address> addresses,
		List<Placement> placements, List<Relationship> relationships, List<Involvement> involvements,
		List<Entry> entries) {

	/**
	 * The practice patterns from the serious case reviews that the demo shows one family
	 * each of.
	 */
	enum Pattern {

		NEGLECT, MISSING_AND_SELF_HARM, HOUSING_SUPPORT_ENDED, SCHOOL_CHANGE

	}

	record AgencySpec(String key, String name, AgencyType type, String contact, String email, String phone) {
	}

	record PractitionerSpec(String username, String agencyKey, String displayName, Set<Role> roles,
			boolean demoAccount) {
	}

	record Person(UUID id, String givenName, String familyName, LocalDate dateOfBirth, Sex sex, String nhsNumber,
			String upn) {
	}

	record Address(UUID personId, String line1, String town, String postcode, LocalDate from, LocalDate to) {
	}

	record Placement(UUID personId, String agencyKey, LocalDate from, LocalDate to) {
	}

	record Relationship(UUID from, UUID to, RelationshipType type) {
	}

	record Involvement(UUID personId, String agencyKey, String practitioner, LocalDate from, LocalDate to,
			String reason) {
	}

	record Entry(UUID id, List<UUID> childIds, EntryType type, Instant occurredAt, Instant recordedAt, String recorder,
			String agencyKey, String text, List<String> factors, Source source, Sensitivity sensitivity,
			UUID supersedes, String amendmentReason) {
	}

}
