package org.fullpicture.linkage.internal;

import java.util.Arrays;

/** A growable double array. */
final class DoubleList {

	private double[] values = new double[16];

	private int size;

	void add(double value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = value;
	}

	double get(int index) {
		return values[index];
	}

}
