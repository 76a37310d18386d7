package org.fullpicture.linkage.internal;

/**
 * One record set's comparison features, worked out once per record and held in primitive
 * arrays indexed by record, so that comparing a pair reads ints and allocates nothing.
 * Ragged fields (given names with aliases, addresses) use {@code start[record]} to
 * {@code start[record + 1]} ranges. Ids come from the shared {@link FeatureSpace}.
 */
final class Features {

	final int size;

	/** Given name first, then other given names and aliases. */
	final int[] givenStart;

	final int[] givenNames;

	final int[] familyName;

	/** yyyymmdd, or 0 when missing. */
	final int[] birthDate;

	final int[] birthEpochDay;

	/** 0 unknown, 1 female, 2 male. */
	final byte[] sex;

	final int[] nhsNumber;

	final int[] upn;

	final int[] addressStart;

	final int[] houseNumber;

	final int[] house;

	final int[] street;

	final int[] postcode;

	final int[] postcodeSector;

	final int[] town;

	/** First characters, for blocking: 0 when missing. */
	final char[] streetInitial;

	final char[] postcodeArea;

	final int[] locality;

	/**
	 * Per address: the sounds of its street, locality and town words, in
	 * {@code placeWordStart} ranges.
	 */
	final int[] placeWordStart;

	final int[] placeWords;

	Features(int size, int[] givenStart, int[] givenNames, int[] familyName, int[] birthDate, int[] birthEpochDay,
			byte[] sex, int[] nhsNumber, int[] upn, int[] addressStart, int[] houseNumber, int[] house, int[] street,
			int[] postcode, int[] postcodeSector, int[] town, int[] locality, int[] placeWordStart, int[] placeWords,
			char[] streetInitial, char[] postcodeArea) {
		this.size = size;
		this.givenStart = givenStart;
		this.givenNames = givenNames;
		this.familyName = familyName;
		this.birthDate = birthDate;
		this.birthEpochDay = birthEpochDay;
		this.sex = sex;
		this.nhsNumber = nhsNumber;
		this.upn = upn;
		this.addressStart = addressStart;
		this.houseNumber = houseNumber;
		this.house = house;
		this.street = street;
		this.postcode = postcode;
		this.postcodeSector = postcodeSector;
		this.town = town;
		this.locality = locality;
		this.placeWordStart = placeWordStart;
		this.placeWords = placeWords;
		this.streetInitial = streetInitial;
		this.postcodeArea = postcodeArea;
	}

	int givenName(int record) {
		return givenStart[record] == givenStart[record + 1] ? Vocabulary.MISSING : givenNames[givenStart[record]];
	}

}
