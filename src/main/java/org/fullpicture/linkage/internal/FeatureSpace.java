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
		int size = records.size();
		IntList givenStart = new IntList();
		IntList givenNames = new IntList();
		int[] familyName = new int[size];
		int[] birthDate = new int[size];
		int[] birthEpochDay = new int[size];
		byte[] sex = new byte[size];
		int[] nhsNumber = new int[size];
		int[] upn = new int[size];
		IntList addressStart = new IntList();
		AddressColumns addresses = new AddressColumns();
		for (int i = 0; i < size; i++) {
			LinkageRecord record = records.get(i);
			givenStart.add(givenNames.size());
			addName(givenNames, record.givenName());
			record.otherGivenNames().forEach(alias -> addName(givenNames, alias));
			familyName[i] = names.intern(record.familyName());
			LocalDate dob = record.dateOfBirth();
			birthDate[i] = (dob == null) ? 0 : dob.getYear() * 10000 + dob.getMonthValue() * 100 + dob.getDayOfMonth();
			birthEpochDay[i] = (dob == null) ? 0 : (int) dob.toEpochDay();
			sex[i] = (byte) (record.sex() == LinkageSex.FEMALE ? 1 : record.sex() == LinkageSex.MALE ? 2 : 0);
			nhsNumber[i] = identifiers.id(Text.compact(record.nhsNumber()));
			upn[i] = identifiers.id(Text.compact(record.upn()));
			addressStart.add(addresses.size());
			record.addresses().forEach(addresses::add);
		}
		givenStart.add(givenNames.size());
		addressStart.add(addresses.size());
		return new Features(size, givenStart.toArray(), givenNames.toArray(), familyName, birthDate, birthEpochDay, sex,
				nhsNumber, upn, addressStart.toArray(), addresses.number.toArray(), addresses.house.toArray(),
				addresses.street.toArray(), addresses.postcode.toArray(), addresses.sector.toArray(),
				addresses.town.toArray(), addresses.locality.toArray(), addresses.placeWordStart(),
				addresses.placeWords.toArray(), addresses.streetInitial.toString().toCharArray(),
				addresses.postcodeArea.toString().toCharArray());
	}

	private void addName(IntList into, String raw) {
		int id = names.intern(raw);
		if (id != Vocabulary.MISSING) {
			into.add(id);
		}
	}

	private final class AddressColumns {

		final IntList number = new IntList();

		final IntList house = new IntList();

		final IntList street = new IntList();

		final IntList postcode = new IntList();

		final IntList sector = new IntList();

		final IntList town = new IntList();

		final IntList locality = new IntList();

		final StringBuilder streetInitial = new StringBuilder();

		final StringBuilder postcodeArea = new StringBuilder();

		final IntList placeWordStart = new IntList();

		final IntList placeWords = new IntList();

		void add(LinkageAddress address) {
			// compact forms: a slipped space ("copland drive", "coplanddrive") is no
			// difference
			String streetName = Text.compact(address.street());
			String houseNumber = Text.compact(address.streetNumber());
			String code = Text.compact(address.postcode());
			int townId = places.id(Text.compact(address.town()));
			int localityId = places.id(Text.compact(address.locality()));
			if (streetName == null && code == null && townId == Vocabulary.MISSING
					&& localityId == Vocabulary.MISSING) {
				return;
			}
			number.add(places.id(houseNumber));
			house.add(places.id((streetName == null || houseNumber == null) ? null : houseNumber + " " + streetName));
			street.add(places.id(streetName));
			postcode.add(postcodes.id(code));
			sector.add(postcodes.id(Text.postcodeSector(code)));
			town.add(townId);
			locality.add(localityId);
			streetInitial.append(streetName == null ? 0 : streetName.charAt(0));
			postcodeArea.append(code == null ? 0 : code.charAt(0));
			placeWordStart.add(placeWords.size());
			placeWordSounds.addSounds(placeWords, address.street(), address.locality(), address.town());
		}

		int[] placeWordStart() {
			placeWordStart.add(placeWords.size());
			return placeWordStart.toArray();
		}

		int size() {
			return house.size();
		}

	}

}
