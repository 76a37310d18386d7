package org.fullpicture.linkage.internal;

final class SortedInts {

	private SortedInts() {
	}

	/** True when two ascending arrays hold a common value; allocates nothing. */
	static boolean intersect(int[] a, int[] b) {
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				return true;
			}
			if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return false;
	}

}
