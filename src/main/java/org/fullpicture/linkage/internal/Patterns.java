package org.fullpicture.linkage.internal;

/**
 * Packs one level per {@link Comparison} into an int (mixed radix), so a whole comparison
 * vector is one array index.
 */
final class Patterns {

	private static final int[] STRIDE = new int[Comparison.ALL.size()];

	static final int COUNT;

	static {
		int stride = 1;
		for (Comparison comparison : Comparison.ALL) {
			STRIDE[comparison.ordinal()] = stride;
			stride *= comparison.size();
		}
		COUNT = stride;
	}

	private Patterns() {
	}

	static int stride(Comparison comparison) {
		return STRIDE[comparison.ordinal()];
	}

	static int level(int pattern, Comparison comparison) {
		return (pattern / STRIDE[comparison.ordinal()]) % comparison.size();
	}

}
