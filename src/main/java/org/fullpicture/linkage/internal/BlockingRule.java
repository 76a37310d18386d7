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
			addIfPresent(out, f.nhsNumber[record]);
		}
	},
	UPN("UPN") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			addIfPresent(out, f.upn[record]);
		}
	},
	DATE_OF_BIRTH("date of birth") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			if (f.birthDate[record] != 0) {
				out.add(f.birthDate[record]);
			}
		}
	},
	FAMILY_NAME_SOUND_AND_BIRTH_YEAR("family name sound + year of birth + first initial") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			int sound = sound(names, f.familyName[record]);
			if (sound == MISSING || f.birthDate[record] == 0) {
				return;
			}
			for (int g = f.givenStart[record]; g < f.givenStart[record + 1]; g++) {
				out.add(pack(sound, withInitial(f.birthDate[record] / 10000, names, f.givenNames[g])));
			}
		}
	},
	POSTCODE_AND_GIVEN_INITIAL("postcode + first initial") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			for (int a = f.addressStart[record]; a < f.addressStart[record + 1]; a++) {
				for (int g = f.givenStart[record]; g < f.givenStart[record + 1]; g++) {
					if (f.postcode[a] != MISSING) {
						out.add(pack(f.postcode[a], withInitial(0, names, f.givenNames[g])));
					}
				}
			}
		}
	},
	GIVEN_NAME_SOUND_AND_BIRTH_DAY("given name sound + day and month of birth + family initial") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			if (f.birthDate[record] == 0 || f.familyName[record] == MISSING) {
				return;
			}
			int dayAndInitial = withInitial(f.birthDate[record] % 10000, names, f.familyName[record]);
			for (int g = f.givenStart[record]; g < f.givenStart[record + 1]; g++) {
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
			addWithHouseNumbers(f, record, sound(names, f.familyName[record]), out);
			for (int g = f.givenStart[record]; g < f.givenStart[record + 1]; g++) {
				addWithHouseNumbers(f, record, sound(names, f.givenNames[g]), out);
			}
		}
	},
	POSTCODE_AND_HOUSE_NUMBER("postcode + house number") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			for (int a = f.addressStart[record]; a < f.addressStart[record + 1]; a++) {
				if (f.postcode[a] != MISSING && f.houseNumber[a] != MISSING) {
					out.add(pack(f.postcode[a], f.houseNumber[a]));
				}
			}
		}
	},
	HOUSE("house number and street") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			for (int a = f.addressStart[record]; a < f.addressStart[record + 1]; a++) {
				addIfPresent(out, f.house[a]);
			}
		}
	},
	FAMILY_NAME_SOUND_AND_PLACE("family name sound + postcode, or + street") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			int sound = sound(names, f.familyName[record]);
			for (int a = f.addressStart[record]; a < f.addressStart[record + 1] && sound != MISSING; a++) {
				if (f.postcode[a] != MISSING) {
					out.add(pack(sound, f.postcode[a]));
				}
				// negated: a street key never equals a postcode key
				if (f.street[a] != MISSING) {
					out.add(-pack(sound, f.street[a]));
				}
			}
		}
	},
	NAME_SOUNDS("given and family name sounds, either order, + postcode area") {
		@Override
		void keys(Features f, NameTable names, int record, LongList out) {
			int family = sound(names, f.familyName[record]);
			if (family == MISSING) {
				return;
			}
			for (int g = f.givenStart[record]; g < f.givenStart[record + 1]; g++) {
				int given = sound(names, f.givenNames[g]);
				for (int a = f.addressStart[record]; a < f.addressStart[record + 1] && given != MISSING; a++) {
					if (f.postcodeArea[a] != 0) {
						long sounds = (long) Math.min(given, family) << 20 | Math.max(given, family);
						out.add(sounds << 8 | f.postcodeArea[a]);
					}
				}
			}
		}
	};

	private final String description;

	BlockingRule(String description) {
		this.description = description;
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
		for (int a = f.addressStart[record]; a < f.addressStart[record + 1] && sound != MISSING; a++) {
			if (f.houseNumber[a] != MISSING && f.streetInitial[a] != 0) {
				out.add(pack(sound, f.houseNumber[a] << 8 | f.streetInitial[a]));
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
