package org.fullpicture.people;

import java.util.List;
import java.util.Optional;

/** Everything the people module holds about one person. */
public record PersonRecord(Person person, List<OtherName> otherNames, List<Address> addresses,
		List<EducationPlacement> education, List<FamilyMember> familyNetwork) {

	public Optional<Address> currentAddress() {
		return addresses.stream().filter(Address::isCurrent).findFirst();
	}

	public Optional<EducationPlacement> currentEducation() {
		return education.stream().filter(EducationPlacement::isCurrent).findFirst();
	}

	public List<FamilyMember> household() {
		return familyNetwork.stream().filter(FamilyMember::inHousehold).toList();
	}

}
