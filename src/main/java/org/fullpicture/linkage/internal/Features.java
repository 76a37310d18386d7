package org.fullpicture.linkage.internal;

/**
 * One record set's comparison features, worked out once per record and held in primitive
 * arrays, so that comparing a pair reads ints and allocates nothing. Ids come from the
 * shared {@link FeatureSpace}.
 * <p>
 * Comparing a pair reads nearly every field of both records, and candidate pairs reach
 * the right-hand records in no useful order; so the fields are held record by record (and
 * address by address), where one record's fields share a cache line, not a line for each
 * field. At a million records, waiting for memory was most of the comparing time.
 */
final class Features {

	private static final int FAMILY_NAME = 0;

	private static final int BIRTH_DATE = 1;

	private static final int BIRTH_EPOCH_DAY = 2;

	private static final int SEX = 3;

	private static final int NHS_NUMBER = 4;

	private static final int UPN = 5;

	/** Where the record's given names start in {@link #givenNames}. */
	private static final int GIVEN_START = 6;

	private static final int ADDRESS_START = 7;

	private static final int PERSON_FIELDS = 8;

	private static final int HOUSE_NUMBER = 0;

	/** Number and street together. */
	private static final int HOUSE = 1;

	private static final int STREET = 2;

	private static final int POSTCODE = 3;

	private static final int POSTCODE_SECTOR = 4;

	private static final int TOWN = 5;

	private static final int LOCALITY = 6;

	/** One spare: two addresses fill a cache line. */
	private static final int ADDRESS_FIELDS = 8;

	final int size;

	/**
	 * Per record, {@link #PERSON_FIELDS} ints; one more block at the end holds where the
	 * last record's names and addresses end.
	 */
	private final int[] people;

	/** Per record, given name first, then other given names and aliases. */
	final int[] givenNames;

	/** Per address, {@link #ADDRESS_FIELDS} ints. */
	private final int[] addresses;

	/** First characters, for blocking: 0 when missing. */
	final char[] streetInitial;

	final char[] postcodeArea;

	/**
	 * Per address: the sounds of its street, locality and town words, in
	 * {@code placeWordStart} ranges.
	 */
	final int[] placeWordStart;

	final int[] placeWords;

	private Features(Builder builder) {
		this.size = builder.size;
		this.people = builder.people.toArray();
		this.givenNames = builder.givenNames.toArray();
		this.addresses = builder.addresses.toArray();
		this.streetInitial = builder.streetInitial.toString().toCharArray();
		this.postcodeArea = builder.postcodeArea.toString().toCharArray();
		this.placeWordStart = builder.placeWordStart.toArray();
		this.placeWords = builder.placeWords.toArray();
	}

	int familyName(int record) {
		return people[record * PERSON_FIELDS + FAMILY_NAME];
	}

	/** yyyymmdd, or 0 when missing. */
	int birthDate(int record) {
		return people[record * PERSON_FIELDS + BIRTH_DATE];
	}

	int birthEpochDay(int record) {
		return people[record * PERSON_FIELDS + BIRTH_EPOCH_DAY];
	}

	/** 0 unknown, 1 female, 2 male. */
	int sex(int record) {
		return people[record * PERSON_FIELDS + SEX];
	}

	int nhsNumber(int record) {
		return people[record * PERSON_FIELDS + NHS_NUMBER];
	}

	int upn(int record) {
		return people[record * PERSON_FIELDS + UPN];
	}

	/**
	 * Where the record's given names start in {@code givenNames}; they end at
	 * {@code givenEnd}.
	 */
	int givenStart(int record) {
		return people[record * PERSON_FIELDS + GIVEN_START];
	}

	int givenEnd(int record) {
		return givenStart(record + 1);
	}

	int givenName(int record) {
		int start = givenStart(record);
		return start == givenEnd(record) ? Vocabulary.MISSING : givenNames[start];
	}

	/**
	 * The number of the record's first address; its last is before {@code addressEnd}.
	 */
	int addressStart(int record) {
		return people[record * PERSON_FIELDS + ADDRESS_START];
	}

	int addressEnd(int record) {
		return addressStart(record + 1);
	}

	int houseNumber(int address) {
		return addresses[address * ADDRESS_FIELDS + HOUSE_NUMBER];
	}

	int house(int address) {
		return addresses[address * ADDRESS_FIELDS + HOUSE];
	}

	int street(int address) {
		return addresses[address * ADDRESS_FIELDS + STREET];
	}

	int postcode(int address) {
		return addresses[address * ADDRESS_FIELDS + POSTCODE];
	}

	int postcodeSector(int address) {
		return addresses[address * ADDRESS_FIELDS + POSTCODE_SECTOR];
	}

	int town(int address) {
		return addresses[address * ADDRESS_FIELDS + TOWN];
	}

	int locality(int address) {
		return addresses[address * ADDRESS_FIELDS + LOCALITY];
	}

	/**
	 * Builds a record set: a record's given names and addresses are added first, then
	 * {@code person} adds the record with them.
	 */
	static final class Builder {

		private final IntList people = new IntList();

		private final IntList givenNames = new IntList();

		private final IntList addresses = new IntList();

		private final StringBuilder streetInitial = new StringBuilder();

		private final StringBuilder postcodeArea = new StringBuilder();

		private final IntList placeWordStart = new IntList();

		private final IntList placeWords = new IntList();

		private int size;

		private int givenStart;

		private int addressStart;

		void person(int familyName, int birthDate, int birthEpochDay, int sex, int nhsNumber, int upn) {
			people.add(familyName);
			people.add(birthDate);
			people.add(birthEpochDay);
			people.add(sex);
			people.add(nhsNumber);
			people.add(upn);
			people.add(givenStart);
			people.add(addressStart);
			size++;
			givenStart = givenNames.size();
			addressStart = addresses.size() / ADDRESS_FIELDS;
		}

		void givenName(int name) {
			givenNames.add(name);
		}

		/** Adds an address; returns the list its place-word sounds go into. */
		IntList address(int houseNumber, int house, int street, int postcode, int postcodeSector, int town,
				int locality, char streetInitial, char postcodeArea) {
			addresses.add(houseNumber);
			addresses.add(house);
			addresses.add(street);
			addresses.add(postcode);
			addresses.add(postcodeSector);
			addresses.add(town);
			addresses.add(locality);
			addresses.add(0);
			this.streetInitial.append(streetInitial);
			this.postcodeArea.append(postcodeArea);
			placeWordStart.add(placeWords.size());
			return placeWords;
		}

		Features build() {
			for (int field = 0; field < GIVEN_START; field++) {
				people.add(0);
			}
			people.add(givenStart);
			people.add(addressStart);
			placeWordStart.add(placeWords.size());
			return new Features(this);
		}

	}

}
