package org.fullpicture.linkage.internal;

import java.util.Arrays;

/** A growable long array. */
final class LongList {

	private long[] values = new long[16];

	private int size;

	void add(long value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = value;
	}

	int size() {
		return size;
	}

	/**
	 * Sorts the values from index {@code from} on and drops repeats among them: a
	 * record's keys are a set.
	 */
	void sortDistinctFrom(int from) {
		Arrays.sort(values, from, size);
		int kept = from;
		for (int i = from; i < size; i++) {
			if (kept == from || values[kept - 1] != values[i]) {
				values[kept++] = values[i];
			}
		}
		size = kept;
	}

	long[] toArray() {
		return Arrays.copyOf(values, size);
	}

}
