package org.fullpicture.linkage.internal;

import java.util.Arrays;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Every distinct normalised name, given or family, with what comparisons need about it
 * worked out once: its sounds, its hyphenated parts and its nickname groups.
 */
final class NameTable {

	private static final int[] NONE = {};

	private final Vocabulary names = new Vocabulary();

	private final Vocabulary sounds = new Vocabulary();

	private final NicknameGroups nicknames;

	private String[] text;

	private int[] primarySound;

	private int[] alternateSound;

	private int[][] pieces;

	private int[][] nicknameGroups;

	NameTable(NicknameGroups nicknames) {
		this.nicknames = nicknames;
	}

	/** The id of a raw name, or {@link Vocabulary#MISSING}. */
	int intern(String raw) {
		return names.id(Text.name(raw));
	}

	/** Works out each name's properties; call once, after the last {@link #intern}. */
	void seal() {
		for (int id = 0; id < names.size(); id++) {
			for (String part : names.value(id).split("-")) {
				names.id(part);
			}
		}
		int size = names.size();
		text = new String[size];
		primarySound = new int[size];
		alternateSound = new int[size];
		pieces = new int[size][];
		nicknameGroups = new int[size][];
		DoubleMetaphone metaphone = new DoubleMetaphone();
		for (int id = 0; id < size; id++) {
			String name = names.value(id);
			String letters = name.replace("-", "");
			text[id] = name;
			primarySound[id] = sounds.id(emptyToNull(metaphone.doubleMetaphone(letters, false)));
			alternateSound[id] = sounds.id(emptyToNull(metaphone.doubleMetaphone(letters, true)));
			pieces[id] = name.indexOf('-') < 0 ? new int[] { id }
					: Arrays.stream(name.split("-")).mapToInt(names::id).sorted().distinct().toArray();
			nicknameGroups[id] = nicknames.groupsOf(name);
		}
	}

	int size() {
		return text.length;
	}

	String text(int id) {
		return text[id];
	}

	int primarySound(int id) {
		return primarySound[id];
	}

	boolean soundAlike(int a, int b) {
		int pa = primarySound[a];
		int aa = alternateSound[a];
		return pa != Vocabulary.MISSING && (pa == primarySound[b] || pa == alternateSound[b] || aa == primarySound[b]
				|| aa == alternateSound[b]);
	}

	/**
	 * True when hyphenated or double-barrelled names share a part: 'kayleigh-marie',
	 * 'kayleigh'.
	 */
	boolean sharePart(int a, int b) {
		return SortedInts.intersect(pieces[a], pieces[b]);
	}

	boolean nicknamesOfOneAnother(int a, int b) {
		return SortedInts.intersect(nicknameGroups[a], nicknameGroups[b]);
	}

	private static String emptyToNull(String code) {
		return (code == null || code.isEmpty()) ? null : code;
	}

	static int[] none() {
		return NONE;
	}

}
