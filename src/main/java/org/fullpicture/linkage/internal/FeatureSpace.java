package org.fullpicture.linkage.internal;

import java.time.LocalDate;
import java.util.List;

import org.fullpicture.linkage.LinkageAddress;
import org.fullpicture.linkage.LinkageRecord;
import org.fullpicture.linkage.LinkageSex;

/**
 * The vocabularies that every record set in one run shares, so that equal ids mean equal
 * values on both sides of a comparison.
 */
final class FeatureSpace {

	final NameTable names;

	final Vocabulary identifiers = new Vocabulary();

	private final Vocabulary places = new Vocabulary();

	private final Vocabulary postcodes = new Vocabulary();

	private final PlaceWords placeWordSounds = new PlaceWords();

	FeatureSpace(NicknameGroups nicknames) {
		this.names = new NameTable(nicknames);
	}

	/**
	 * The compact text of a street, locality, town or house id, as {@link Features} holds
	 * them.
	 */
	String place(int id) {
		return places.value(id);
	}

	String postcode(int id) {
		return postcodes.value(id);
	}

	/** Adds a record set; call {@link NameTable#seal()} once every set is added. */
	Features add(List<LinkageRecord> records) {
		Features.Builder features = new Features.Builder();
		for (LinkageRecord record : records) {
			addName(features, record.givenName());
			record.otherGivenNames().forEach(alias -> addName(features, alias));
			// interned in this order so that ids, and so blocking's hash order, stay as
			// they were
			int familyName = names.intern(record.familyName());
			int nhsNumber = identifiers.id(Text.compact(record.nhsNumber()));
			int upn = identifiers.id(Text.compact(record.upn()));
			record.addresses().forEach(address -> addAddress(features, address));
			LocalDate dob = record.dateOfBirth();
			features.person(familyName,
					(dob == null) ? 0 : dob.getYear() * 10000 + dob.getMonthValue() * 100 + dob.getDayOfMonth(),
					(dob == null) ? 0 : (int) dob.toEpochDay(),
					record.sex() == LinkageSex.FEMALE ? 1 : record.sex() == LinkageSex.MALE ? 2 : 0, nhsNumber, upn);
		}
		return features.build();
	}

	private void addName(Features.Builder features, String raw) {
		int id = names.intern(raw);
		if (id != Vocabulary.MISSING) {
			features.givenName(id);
		}
	}

	private void addAddress(Features.Builder features, LinkageAddress address) {
		// compact forms: a slipped space ("copland drive", "coplanddrive") is no
		// difference
		String streetName = Text.compact(address.street());
		String houseNumber = Text.compact(address.streetNumber());
		String code = Text.compact(address.postcode());
		int townId = places.id(Text.compact(address.town()));
		int localityId = places.id(Text.compact(address.locality()));
		if (streetName == null && code == null && townId == Vocabulary.MISSING && localityId == Vocabulary.MISSING) {
			return;
		}
		IntList placeWords = features.address(places.id(houseNumber),
				places.id((streetName == null || houseNumber == null) ? null : houseNumber + " " + streetName),
				places.id(streetName), postcodes.id(code), postcodes.id(Text.postcodeSector(code)), townId, localityId,
				streetName == null ? 0 : streetName.charAt(0), code == null ? 0 : code.charAt(0));
		placeWordSounds.addSounds(placeWords, address.street(), address.locality(), address.town());
	}

}
