package org.fullpicture.linkage.internal;

final class Hashing {

	private Hashing() {
	}

	/** Murmur3's 64-bit finaliser: spreads every input bit over the whole result. */
	static long mix(long value) {
		long h = value;
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return h;
	}

}
