package org.fullpicture.linkage;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as one agency's source record describes them. Every field except the source
 * record id may be null or empty: missing values never count against a match.
 */
public record LinkageRecord(String sourceRecordId, String givenName, List<String> otherGivenNames, String familyName,
		LocalDate dateOfBirth, LinkageSex sex, String nhsNumber, String upn, List<LinkageAddress> addresses) {

	public LinkageRecord {
		otherGivenNames = (otherGivenNames == null) ? List.of() : List.copyOf(otherGivenNames);
		addresses = (addresses == null) ? List.of() : List.copyOf(addresses);
		sex = (sex == null) ? LinkageSex.UNKNOWN : sex;
	}

}
