package org.fullpicture.linkage.internal;

import static org.fullpicture.linkage.internal.Vocabulary.MISSING;

/**
 * The blocking rules: two records become a candidate pair when they share a key under any
 * rule. Each rule catches pairs the others lose to a particular error (a typo in the date
 * of birth or in a name, a house move, a missing value) while keeping blocks small enough
 * for millions of records. A record may have several keys under one rule (aliases, past
 * addresses); a record without the fields has none.
 */
enum BlockingRule {

	NHS_NUMBER("NHS number") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			addIfPresent(out, f.nhsNumber(record));
		}
	},
	UPN("UPN") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			addIfPresent(out, f.upn(record));
		}
	},
	DATE_OF_BIRTH("date of birth") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			if (f.birthDate(record) != 0) {
				out.add(f.birthDate(record));
			}
		}
	},
	FAMILY_NAME_SOUND_AND_BIRTH_YEAR("family name sound + year of birth + first initial") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			int sound = sound(names, f.familyName(record));
			if (sound == MISSING || f.birthDate(record) == 0) {
				return;
			}
			for (int g = f.givenStart(record); g < f.givenEnd(record); g++) {
				out.add(pack(sound, withInitial(f.birthDate(record) / 10000, names, f.givenNames[g])));
			}
		}
	},
	POSTCODE_AND_GIVEN_INITIAL("postcode + first initial") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			for (int a = f.addressStart(record); a < f.addressEnd(record); a++) {
				for (int g = f.givenStart(record); g < f.givenEnd(record); g++) {
					if (f.postcode(a) != MISSING) {
						out.add(pack(f.postcode(a), withInitial(0, names, f.givenNames[g])));
					}
				}
			}
		}
	},
	GIVEN_NAME_SOUND_AND_BIRTH_DAY("given name sound + day and month of birth + family initial") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			if (f.birthDate(record) == 0 || f.familyName(record) == MISSING) {
				return;
			}
			int dayAndInitial = withInitial(f.birthDate(record) % 10000, names, f.familyName(record));
			for (int g = f.givenStart(record); g < f.givenEnd(record); g++) {
				int sound = sound(names, f.givenNames[g]);
				if (sound != MISSING) {
					out.add(pack(sound, dayAndInitial));
				}
			}
		}
	},
	NAME_SOUND_AND_HOUSE_NUMBER("given or family name sound + house number + street initial") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			addWithHouseNumbers(f, record, sound(names, f.familyName(record)), out);
			for (int g = f.givenStart(record); g < f.givenEnd(record); g++) {
				addWithHouseNumbers(f, record, sound(names, f.givenNames[g]), out);
			}
		}
	},
	POSTCODE_AND_HOUSE_NUMBER("postcode + house number") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			for (int a = f.addressStart(record); a < f.addressEnd(record); a++) {
				if (f.postcode(a) != MISSING && f.houseNumber(a) != MISSING) {
					out.add(pack(f.postcode(a), f.houseNumber(a)));
				}
			}
		}
	},
	HOUSE("house number and street") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			for (int a = f.addressStart(record); a < f.addressEnd(record); a++) {
				addIfPresent(out, f.house(a));
			}
		}
	},
	FAMILY_NAME_SOUND_AND_PLACE("family name sound + postcode, or + street") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			int sound = sound(names, f.familyName(record));
			for (int a = f.addressStart(record); a < f.addressEnd(record) && sound != MISSING; a++) {
				if (f.postcode(a) != MISSING) {
					out.add(pack(sound, f.postcode(a)));
				}
				// negated: a street key never equals a postcode key
				if (f.street(a) != MISSING) {
					out.add(-pack(sound, f.street(a)));
				}
			}
		}
	},
	NAME_SOUNDS("given and family name sounds, either order, + postcode area") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			int family = sound(names, f.familyName(record));
			if (family == MISSING) {
				return;
			}
			for (int g = f.givenStart(record); g < f.givenEnd(record); g++) {
				int given = sound(names, f.givenNames[g]);
				for (int a = f.addressStart(record); a < f.addressEnd(record) && given != MISSING; a++) {
					if (f.postcodeArea[a] != 0) {
						long sounds = (long) Math.min(given, family) << 20 | Math.max(given, family);
						out.add(sounds << 8 | f.postcodeArea[a]);
					}
				}
			}
		}
	},
	NAME_SOUND_AND_PLACE_WORD("a name sound + a word of the street, locality or town", BlockingRule.FUZZY_BLOCK_PAIRS) {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			addWithPlaceWords(f, record, sound(names, f.familyName(record)), out);
			for (int g = f.givenStart(record); g < f.givenEnd(record); g++) {
				addWithPlaceWords(f, record, sound(names, f.givenNames[g]), out);
			}
		}
	},
	PLACE_WORD_AND_POSTCODE_OR_HOUSE_NUMBER("a word of the street, locality or town + postcode, or + house number",
			BlockingRule.FUZZY_BLOCK_PAIRS) {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			for (int a = f.addressStart(record); a < f.addressEnd(record); a++) {
				for (int w = f.placeWordStart[a]; w < f.placeWordStart[a + 1]; w++) {
					if (f.postcode(a) != MISSING) {
						out.add(pack(f.postcode(a), f.placeWords[w]));
					}
					// negated: a house number key never equals a postcode key
					if (f.houseNumber(a) != MISSING) {
						out.add(-pack(f.houseNumber(a), f.placeWords[w]));
					}
				}
			}
		}
	};

	/**
	 * The rules on words of an address are loose, and a common word ('North', a big town)
	 * with a common name makes blocks of thousands that the exact rules have already
	 * covered; blocks proposing more pairs than this are skipped.
	 */
	static final long FUZZY_BLOCK_PAIRS = 25;

	private final String description;

	private final long largestBlock;

	BlockingRule(String description) {
		this(description, Long.MAX_VALUE);
	}

	BlockingRule(String description, long largestBlock) {
		this.description = description;
		this.largestBlock = largestBlock;
	}

	/** Blocks that would propose more pairs than this are skipped. */
	long largestBlock() {
		return largestBlock;
	}

	String description() {
		return description;
	}

	/** Adds this record's keys (never 0) to {@code out}. */
	abstract void keys(Features features, NameTable names, int record, LongList out);

	private static void addIfPresent(LongList out, int id) {
		if (id != MISSING) {
			out.add(id + 1L);
		}
	}

	private static void addWithHouseNumbers(Features f, int record, int sound, LongList out) {
		for (int a = f.addressStart(record); a < f.addressEnd(record) && sound != MISSING; a++) {
			if (f.houseNumber(a) != MISSING && f.streetInitial[a] != 0) {
				out.add(pack(sound, f.houseNumber(a) << 8 | f.streetInitial[a]));
			}
		}
	}

	private static void addWithPlaceWords(Features f, int record, int sound, LongList out) {
		for (int a = f.addressStart(record); a < f.addressEnd(record) && sound != MISSING; a++) {
			for (int w = f.placeWordStart[a]; w < f.placeWordStart[a + 1]; w++) {
				out.add(pack(sound, f.placeWords[w]));
			}
		}
	}

	private static int sound(NameTable names, int name) {
		return (name == MISSING) ? MISSING : names.primarySound(name);
	}

	private static int withInitial(int value, NameTable names, int name) {
		return value << 8 | (names.text(name).charAt(0) & 0xff);
	}

	/** Two non-negative ints in one key that is never 0. */
	private static long pack(int high, int low) {
		return ((long) high + 1) << 32 | (low & 0xffffffffL);
	}

}
