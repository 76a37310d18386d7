package org.fullpicture.linkage.internal;

import static org.fullpicture.linkage.internal.Vocabulary.MISSING;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Compares one record of the left set with one of the right set, field by field, and
 * packs the levels into a pattern (see {@link Patterns}). Reads only precomputed ints, so
 * it allocates nothing per pair; keeps a little state (which names matched exactly) for
 * the term-frequency adjustment. Not thread-safe: one per thread.
 */
final class PairComparator {

	static final int EXACT = 0;

	static final int NAME_PART = 1;

	static final int NICKNAME = 2;

	static final int JARO_WINKLER_HIGH = 3;

	static final int SOUNDS_ALIKE = 4;

	static final int JARO_WINKLER_MID = 5;

	static final int FEW_EDITS = 6;

	static final int NAME_DIFFERENT = 7;

	static final int NAME_MISSING = 8;

	static final int DOB_DAY_MONTH_SWAPPED = 1;

	static final int DOB_ONE_DIGIT = 2;

	static final int DOB_YEAR_ONLY = 3;

	static final int DOB_WITHIN_YEAR = 4;

	static final int DOB_DIFFERENT = 5;

	static final int DOB_MISSING = 6;

	static final int ID_ONE_CHARACTER = 1;

	static final int ID_DIFFERENT = 2;

	static final int ID_MISSING = 3;

	static final int SAME_HOUSE = 0;

	static final int SAME_POSTCODE = 1;

	static final int SAME_STREET = 2;

	static final int SAME_SECTOR = 3;

	static final int SAME_TOWN = 4;

	static final int ADDRESS_DIFFERENT = 5;

	static final int ADDRESS_MISSING = 6;

	static final int SEX_DIFFERENT = 1;

	static final int SEX_MISSING = 2;

	private static final int DAYS_IN_YEAR = 365;

	private final NameTable names;

	private final Vocabulary identifiers;

	private final FeatureSpace space;

	private final Features left;

	private final Features right;

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);

	private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

	private final NameLevelCache nameLevels;

	private int exactGivenName;

	private int exactFamilyName;

	PairComparator(FeatureSpace space, Features left, Features right) {
		this.space = space;
		this.names = space.names;
		this.identifiers = space.identifiers;
		this.left = left;
		this.right = right;
		this.nameLevels = new NameLevelCache(this::differentNamesLevel);
	}

	int compare(int l, int r) {
		exactGivenName = MISSING;
		exactFamilyName = MISSING;
		int given = givenNameLevel(l, r);
		int family = nameLevel(left.familyName(l), right.familyName(r));
		if (family == EXACT) {
			exactFamilyName = left.familyName(l);
		}
		// names written the wrong way round: only worth checking when neither name agrees
		if (given >= SOUNDS_ALIKE && family >= SOUNDS_ALIKE) {
			int oneWay = nameLevel(left.givenName(l), right.familyName(r));
			int otherWay = nameLevel(left.familyName(l), right.givenName(r));
			if (oneWay + otherWay < given + family) {
				// which record was written the wrong way round cannot be told: the given
				// names take the weaker agreement (brothers and sisters share a family
				// name), and the pair scores the same whichever record is on the left
				given = Math.max(oneWay, otherWay);
				family = Math.min(oneWay, otherWay);
				exactGivenName = MISSING;
				exactFamilyName = MISSING;
			}
		}
		return given * Patterns.stride(Comparison.GIVEN_NAME) + family * Patterns.stride(Comparison.FAMILY_NAME)
				+ birthDateLevel(left.birthDate(l), right.birthDate(r), left.birthEpochDay(l), right.birthEpochDay(r))
						* Patterns.stride(Comparison.DATE_OF_BIRTH)
				+ identifierLevel(left.nhsNumber(l), right.nhsNumber(r)) * Patterns.stride(Comparison.NHS_NUMBER)
				+ identifierLevel(left.upn(l), right.upn(r)) * Patterns.stride(Comparison.UPN)
				+ addressLevel(l, r) * Patterns.stride(Comparison.ADDRESS)
				+ sexLevel(left.sex(l), right.sex(r)) * Patterns.stride(Comparison.SEX);
	}

	/** The given name that matched exactly in the last comparison, or missing. */
	int exactGivenName() {
		return exactGivenName;
	}

	int exactFamilyName() {
		return exactFamilyName;
	}

	/** The best level between any given name or alias of one and any of the other. */
	private int givenNameLevel(int l, int r) {
		int best = NAME_MISSING;
		for (int i = left.givenStart(l); i < left.givenEnd(l); i++) {
			for (int j = right.givenStart(r); j < right.givenEnd(r); j++) {
				int level = nameLevel(left.givenNames[i], right.givenNames[j]);
				if (level < best) {
					best = level;
					if (level == EXACT) {
						exactGivenName = left.givenNames[i];
						return EXACT;
					}
				}
			}
		}
		return best;
	}

	int nameLevel(int a, int b) {
		if (a == MISSING || b == MISSING) {
			return NAME_MISSING;
		}
		return (a == b) ? EXACT : nameLevels.level(a, b);
	}

	private int differentNamesLevel(int a, int b) {
		if (names.sharePart(a, b)) {
			return NAME_PART;
		}
		if (names.nicknamesOfOneAnother(a, b)) {
			return NICKNAME;
		}
		String textA = names.text(a);
		String textB = names.text(b);
		double similarity = JARO_WINKLER.apply(textA, textB);
		if (similarity >= 0.94) {
			return JARO_WINKLER_HIGH;
		}
		if (names.soundAlike(a, b)) {
			return SOUNDS_ALIKE;
		}
		if (similarity >= 0.85) {
			return JARO_WINKLER_MID;
		}
		// short names defeat Jaro-Winkler: one slip in "leo" leaves little in common
		boolean fewEdits = Math.min(textA.length(), textB.length()) >= 3 && TWO_EDITS.apply(textA, textB) >= 0;
		return fewEdits ? FEW_EDITS : NAME_DIFFERENT;
	}

	static int birthDateLevel(int a, int b, int epochDayA, int epochDayB) {
		if (a == 0 || b == 0) {
			return DOB_MISSING;
		}
		if (a == b) {
			return EXACT;
		}
		int yearA = a / 10000;
		int yearB = b / 10000;
		if (yearA == yearB && a / 100 % 100 == b % 100 && a % 100 == b / 100 % 100) {
			return DOB_DAY_MONTH_SWAPPED;
		}
		if (oneDigitSlip(a, b)) {
			return DOB_ONE_DIGIT;
		}
		if (yearA == yearB) {
			return DOB_YEAR_ONLY;
		}
		return (Math.abs(epochDayA - epochDayB) <= DAYS_IN_YEAR) ? DOB_WITHIN_YEAR : DOB_DIFFERENT;
	}

	/**
	 * One digit wrong, or two neighbouring digits swapped ('1990', '1909'): the usual
	 * keying slips, as {@link #oneCharacterWrong} for identifiers.
	 */
	private static boolean oneDigitSlip(int a, int b) {
		int differing = 0;
		int firstDiffering = -1;
		boolean swapped = false;
		int previousA = 0;
		int previousB = 0;
		int position = 0;
		for (int x = a, y = b; x > 0 || y > 0; x /= 10, y /= 10, position++) {
			int digitA = x % 10;
			int digitB = y % 10;
			if (digitA != digitB) {
				differing++;
				if (differing == 1) {
					firstDiffering = position;
				}
				else if (differing == 2) {
					swapped = position == firstDiffering + 1 && digitA == previousB && digitB == previousA;
				}
				else {
					return false;
				}
			}
			previousA = digitA;
			previousB = digitB;
		}
		return differing == 1 || swapped;
	}

	int identifierLevel(int a, int b) {
		if (a == MISSING || b == MISSING) {
			return ID_MISSING;
		}
		if (a == b) {
			return EXACT;
		}
		return oneCharacterWrong(identifiers.value(a), identifiers.value(b)) ? ID_ONE_CHARACTER : ID_DIFFERENT;
	}

	/** One character replaced, or two neighbours transposed: the usual keying slips. */
	static boolean oneCharacterWrong(String a, String b) {
		if (a.length() != b.length()) {
			return false;
		}
		int first = -1;
		int differing = 0;
		for (int i = 0; i < a.length(); i++) {
			if (a.charAt(i) != b.charAt(i)) {
				if (++differing > 2) {
					return false;
				}
				if (first < 0) {
					first = i;
				}
			}
		}
		return differing == 1 || (differing == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
				&& a.charAt(first + 1) == b.charAt(first));
	}

	/** The best level between any address of one and any of the other: people move. */
	private int addressLevel(int l, int r) {
		int best = ADDRESS_MISSING;
		for (int i = left.addressStart(l); i < left.addressEnd(l); i++) {
			for (int j = right.addressStart(r); j < right.addressEnd(r); j++) {
				best = Math.min(best, addressLevel(i, j, left, right));
				if (best == SAME_HOUSE) {
					return best;
				}
			}
		}
		return best;
	}

	private int addressLevel(int i, int j, Features left, Features right) {
		boolean samePostcode = same(left.postcode(i), right.postcode(j));
		boolean sameSector = same(left.postcodeSector(i), right.postcodeSector(j));
		boolean sameTown = same(left.town(i), right.town(j)) || same(left.locality(i), right.locality(j));
		boolean sameHouse = same(left.house(i), right.house(j));
		if (sameHouse || sameHouseMistyped(i, j, left, right)) {
			// a postcode keyed with one slip does not make it another house
			boolean postcodesAlike = samePostcode || alike(left.postcode(i), right.postcode(j), space::postcode);
			boolean postcodeConflicts = left.postcode(i) != MISSING && right.postcode(j) != MISSING && !postcodesAlike;
			if (!postcodeConflicts && (sameHouse || postcodesAlike || sameSector || sameTown)) {
				return SAME_HOUSE;
			}
		}
		if (samePostcode) {
			return SAME_POSTCODE;
		}
		// forms often swap the street and the line below it
		boolean sameStreet = same(left.street(i), right.street(j)) || same(left.street(i), right.locality(j))
				|| same(left.locality(i), right.street(j));
		if (sameStreet && (sameTown || sameSector)) {
			return SAME_STREET;
		}
		if (sameSector) {
			return SAME_SECTOR;
		}
		return sameTown ? SAME_TOWN : ADDRESS_DIFFERENT;
	}

	/**
	 * The same house number on a street keyed with one slip ('Elm Gove', 'Yscamore
	 * Street').
	 */
	private boolean sameHouseMistyped(int i, int j, Features left, Features right) {
		return same(left.houseNumber(i), right.houseNumber(j)) && alike(left.street(i), right.street(j), space::place);
	}

	/**
	 * One character added, dropped or replaced, or two neighbours swapped, in values long
	 * enough for that to be a slip rather than another place; the first character must
	 * agree ('Mill Lane' is not 'Hill Lane').
	 */
	private static boolean alike(int a, int b, java.util.function.IntFunction<String> text) {
		if (a == MISSING || b == MISSING || a == b) {
			return false;
		}
		String x = text.apply(a);
		String y = text.apply(b);
		return x.length() >= 6 && y.length() >= 6 && Math.abs(x.length() - y.length()) <= 1
				&& x.charAt(0) == y.charAt(0) && (oneCharacterWrong(x, y) || ONE_EDIT.apply(x, y) == 1);
	}

	private static boolean same(int a, int b) {
		return a == b && a != MISSING;
	}

	static int sexLevel(int a, int b) {
		if (a == 0 || b == 0) {
			return SEX_MISSING;
		}
		return (a == b) ? EXACT : SEX_DIFFERENT;
	}

}
