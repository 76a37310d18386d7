package org.fullpicture.linkage.bench;

import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * The error model of FEBRL's data generator (generate.py), its kinds of modification with
 * the rates measured on FEBRL's published dataset3 (3,000 duplicates against their
 * originals), where these differ from generate.py's shipped settings: a field is picked
 * by its weight, then one or two modifications of it by that field's own weights, and a
 * modification counts only if it changed the value. In dataset3 a third of the given
 * names that differ were replaced by another name or respelt beyond two edits, and most
 * birth dates that differ were replaced by another date; character slips fall near the
 * middle of a value, mostly on a neighbouring key. Fields FEBRL modifies that our files
 * do not carry (state) still use up a modification, as there.
 */
final class FebrlErrorModel {

	/** The modifications in generate.py's order: misspell, insert, delete, ... */
	private enum Kind {

		MISSPELL, INSERT, DELETE, SUBSTITUTE, TRANSPOSE, REPLACE, SWAP_WORDS, INSERT_SPACE, DELETE_SPACE, MISSING,
		NEW_VALUE

	}

	/**
	 * A field as generate.py defines it: its column in our rows, how often it is picked
	 * (a weight) and each {@link Kind}'s weight (per cent).
	 */
	private record Field(int column, int picked, int[] kinds) {

		Kind kind(Random random) {
			int roll = random.nextInt(100);
			for (int k = 0; k < kinds.length; k++) {
				roll -= kinds[k];
				if (roll < 0) {
					return Kind.values()[k];
				}
			}
			throw new IllegalStateException("weights of a field must add up to 100");
		}

	}

	static final int GIVEN = 1;

	static final int SURNAME = 2;

	static final int NUMBER = 3;

	static final int STREET = 4;

	static final int LOCALITY = 5;

	static final int TOWN = 6;

	static final int POSTCODE = 7;

	static final int BIRTH = 9;

	static final int IDENTIFIER = 10;

	/** State: FEBRL modifies it; our files leave it empty. */
	private static final int NOT_WRITTEN = -1;

	private static final List<Field> FIELDS = List.of(
			new Field(GIVEN, 27, new int[] { 6, 5, 12, 25, 5, 35, 0, 1, 1, 10, 0 }),
			new Field(SURNAME, 27, new int[] { 8, 10, 10, 30, 5, 27, 2, 1, 2, 5, 0 }),
			new Field(NUMBER, 17, new int[] { 0, 5, 5, 20, 35, 12, 0, 0, 0, 23, 0 }),
			new Field(STREET, 38, new int[] { 0, 10, 15, 40, 5, 20, 1, 1, 2, 6, 0 }),
			new Field(LOCALITY, 15, new int[] { 0, 4, 4, 10, 2, 3, 4, 2, 1, 60, 10 }),
			new Field(TOWN, 27, new int[] { 10, 10, 15, 28, 6, 22, 0, 2, 2, 5, 0 }),
			new Field(POSTCODE, 17, new int[] { 0, 0, 0, 33, 60, 6, 0, 0, 0, 1, 0 }),
			new Field(BIRTH, 8, new int[] { 0, 0, 0, 10, 8, 60, 0, 0, 0, 22, 0 }),
			new Field(IDENTIFIER, 10, new int[] { 0, 0, 0, 50, 40, 10, 0, 0, 0, 0, 0 }),
			new Field(NOT_WRITTEN, 5, new int[] { 0, 0, 0, 100, 0, 0, 0, 0, 0, 0, 0 }));

	private static final int TOTAL_WEIGHT = FIELDS.stream().mapToInt(Field::picked).sum();

	/**
	 * How many modifications a record: 1 to 5, per cent, so that as many fields differ as
	 * in dataset3 (28, 34, 24, 10 and 4 per cent differ in 1 to 5 fields; some
	 * modifications land in one field or in the state).
	 */
	private static final int[] FIELDS_DIFFERING = { 10, 30, 32, 18, 10 };

	private static final int MAX_A_FIELD = 2;

	/** Whole values exchanged between two fields, each counted as two modifications. */
	private static final int[][] SWAPPED_FIELDS = { { STREET, LOCALITY, 2 }, { GIVEN, SURNAME, 5 },
			{ POSTCODE, TOWN, 1 } };

	private static final String[] RESPELLINGS = { "ph", "f", "f", "ph", "ck", "k", "c", "k", "k", "c", "y", "ie", "ie",
			"y", "ei", "ie", "ou", "ow", "th", "t", "ll", "l", "nn", "n", "tt", "t", "rr", "r", "s", "z", "z", "s", "i",
			"y", "y", "i", "ey", "y", "an", "en", "er", "ar", "ae", "e" };

	private static final String[] KEY_ROWS = { "1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm" };

	private final Random random;

	private final IntFunction<String> replacement;

	/**
	 * @param replacement another value for a column, from the lookup lists
	 */
	FebrlErrorModel(Random random, IntFunction<String> replacement) {
		this.random = random;
		this.replacement = replacement;
	}

	/** As many modifications as differ in a duplicate of dataset3, drawn. */
	int drawnModifications() {
		int roll = random.nextInt(100);
		int modifications = 1;
		for (int share : FIELDS_DIFFERING) {
			roll -= share;
			if (roll < 0) {
				return modifications;
			}
			modifications++;
		}
		return FIELDS_DIFFERING.length;
	}

	/**
	 * Exactly {@code modifications} modifications, as generate.py makes them (fewer only
	 * when the record has too little left to change).
	 */
	void modify(List<String> row, int modifications) {
		int done = 0;
		int[] perField = new int[FIELDS.size()];
		for (int[] swap : SWAPPED_FIELDS) {
			String one = row.get(swap[0]);
			String other = row.get(swap[1]);
			if (done <= modifications - 2 && random.nextInt(100) < swap[2] && !one.isEmpty() && !other.isEmpty()) {
				row.set(swap[0], other);
				row.set(swap[1], one);
				done += 2;
			}
		}
		for (int attempts = 0; done < modifications && attempts < 100; attempts++) {
			int f = pick();
			if (perField[f] == MAX_A_FIELD) {
				continue;
			}
			Field field = FIELDS.get(f);
			int times = Math.min(1 + random.nextInt(MAX_A_FIELD - perField[f]), modifications - done);
			for (int n = 0; n < times; n++) {
				String before = (field.column == NOT_WRITTEN) ? null : row.get(field.column);
				String after = (before == null) ? null : modified(before, field);
				if (before == null || !after.equals(before)) {
					if (before != null) {
						row.set(field.column, after);
					}
					perField[f]++;
					done++;
				}
			}
		}
	}

	private int pick() {
		int roll = random.nextInt(TOTAL_WEIGHT);
		for (int f = 0; f < FIELDS.size(); f++) {
			roll -= FIELDS.get(f).picked;
			if (roll < 0) {
				return f;
			}
		}
		throw new IllegalStateException("unreachable: the roll is below the total weight");
	}

	/** The value after one modification; unchanged when the kind drawn cannot apply. */
	private String modified(String value, Field field) {
		Kind kind = field.kind(random);
		if (value.isEmpty()) {
			return (kind == Kind.NEW_VALUE) ? replacement.apply(field.column) : value;
		}
		int at = position(value, 0);
		return switch (kind) {
			case MISSPELL -> respelt(value);
			case INSERT -> {
				int gap = position(value, 1);
				yield value.substring(0, gap) + anyOf(value.charAt(Math.min(gap, value.length() - 1)))
						+ value.substring(gap);
			}
			case DELETE -> (value.length() > 1) ? value.substring(0, at) + value.substring(at + 1) : value;
			case SUBSTITUTE -> value.substring(0, at) + neighbour(value.charAt(at)) + value.substring(at + 1);
			case TRANSPOSE -> {
				int first = position(value, -1);
				yield (value.length() > 1) ? value.substring(0, first) + value.charAt(first + 1) + value.charAt(first)
						+ value.substring(first + 2) : value;
			}
			case REPLACE -> replacement.apply(field.column);
			case SWAP_WORDS -> swappedWords(value);
			case INSERT_SPACE ->
				(value.length() > 1 && at > 0) ? value.substring(0, at) + " " + value.substring(at) : value;
			case DELETE_SPACE -> value.replaceFirst(" ", "");
			case MISSING -> "";
			case NEW_VALUE -> value;
		};
	}

	/**
	 * Where a slip falls: near the middle, rarely at the start (as generate.py draws it,
	 * one standard deviation a character).
	 */
	private int position(String value, int offset) {
		int last = Math.max(0, value.length() - 1 + offset);
		int middle = (value.length() + offset) / 2 + 1;
		int drawn = (int) Math.round(middle + random.nextGaussian());
		return Math.min(Math.max(0, drawn), last);
	}

	/** A key next to this one on the same row (40%), above or below it (30%), or any. */
	private char neighbour(char c) {
		boolean digit = Character.isDigit(c);
		int row = 0;
		while (row < KEY_ROWS.length && KEY_ROWS[row].indexOf(c) < 0) {
			row++;
		}
		int roll = random.nextInt(10);
		StringBuilder near = new StringBuilder();
		if (row < KEY_ROWS.length && roll < 7) {
			int column = KEY_ROWS[row].indexOf(c);
			int rowStep = (roll < 4) ? 0 : 1;
			int columnStep = 1 - rowStep;
			addKey(near, row - rowStep, column - columnStep, digit);
			addKey(near, row + rowStep, column + columnStep, digit);
		}
		return near.isEmpty() ? anyOf(c) : near.charAt(random.nextInt(near.length()));
	}

	/** Any other character of the same kind (a digit for a digit, else a letter). */
	private char anyOf(char c) {
		String pool = Character.isDigit(c) ? "0123456789" : "abcdefghijklmnopqrstuvwxyz";
		char other;
		do {
			other = pool.charAt(random.nextInt(pool.length()));
		}
		while (other == c);
		return other;
	}

	/** Letters have letters for neighbours, digits digits (row 0). */
	private static void addKey(StringBuilder keys, int row, int column, boolean digit) {
		if (row >= 0 && row < KEY_ROWS.length && (row == 0) == digit && column >= 0
				&& column < KEY_ROWS[row].length()) {
			keys.append(KEY_ROWS[row].charAt(column));
		}
	}

	/** One common respelling ('ph' for 'f', a letter doubled or not), if any applies. */
	private String respelt(String value) {
		int start = random.nextInt(RESPELLINGS.length / 2);
		for (int n = 0; n < RESPELLINGS.length / 2; n++) {
			int rule = (start + n) % (RESPELLINGS.length / 2);
			String from = RESPELLINGS[2 * rule];
			int at = value.indexOf(from, 1);
			if (at > 0) {
				return value.substring(0, at) + RESPELLINGS[2 * rule + 1] + value.substring(at + from.length());
			}
		}
		return value;
	}

	private String swappedWords(String value) {
		String[] words = value.split(" ");
		if (words.length < 2) {
			return value;
		}
		int at = random.nextInt(words.length - 1);
		String word = words[at];
		words[at] = words[at + 1];
		words[at + 1] = word;
		return String.join(" ", words);
	}

}
