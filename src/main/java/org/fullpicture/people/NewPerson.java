package org.fullpicture.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a practitioner enters to record a person; checked by {@link People#create}. */
public record NewPerson(String givenName, String familyName, List<OtherName> otherNames, LocalDate dateOfBirth,
		LocalDate expectedDeliveryDate, Sex sex, String nhsNumber, String upn, NewAddress address,
		UUID educationSettingId) {

	public record NewAddress(String line1, String line2, String town, String postcode, LocalDate from) {
	}

	public List<OtherName> otherNames() {
		return otherNames == null ? List.of() : otherNames;
	}

}
