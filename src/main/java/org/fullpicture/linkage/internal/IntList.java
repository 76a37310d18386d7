package org.fullpicture.linkage.internal;

import java.util.Arrays;

/** A growable int array, so per-record features stay primitive. */
final class IntList {

	private int[] values = new int[16];

	private int size;

	void add(int value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = value;
	}

	int get(int index) {
		return values[index];
	}

	int size() {
		return size;
	}

	int[] toArray() {
		return Arrays.copyOf(values, size);
	}

}
