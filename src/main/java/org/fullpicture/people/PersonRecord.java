package org.fullpicture.people;

import java.util.List;
import java.util.Optional;

/**
 * Everything the people module holds about one person, across every record merged into
 * theirs.
 */
public record PersonRecord(Person person, List<OtherName> otherNames, List<Address> addresses,
		List<EducationPlacement> education, List<FamilyMember> familyNetwork, List<SourceRecord> sourceRecords) {

	/**
	 * True when other agencies' records of the same person have been merged into this
	 * one.
	 */
	public boolean isMerged() {
		return sourceRecords.size() > 1;
	}

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
