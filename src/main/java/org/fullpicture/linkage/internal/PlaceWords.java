package org.fullpicture.linkage.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The sounds of the words in an address's street, locality and town, for blocking records
 * whose addresses were keyed differently: street and locality swapped ('Ashburton
 * Circuit, North Avenue' and 'North Avenue, Ashburton Circuit'), words mistyped or run
 * together ('coplanddrive'). Street types say nothing about where someone lives, so they
 * are left out.
 */
final class PlaceWords {

	private static final Set<String> STREET_TYPES = Set.of("street", "road", "avenue", "place", "crescent", "circuit",
			"close", "drive", "court", "lane", "way", "parade", "terrace", "grove", "square", "walk", "mews", "row",
			"gardens", "view", "hill");

	private static final int SHORTEST_WORD = 3;

	private final DoubleMetaphone metaphone = new DoubleMetaphone();

	private final Vocabulary sounds = new Vocabulary();

	private final Map<String, Integer> soundOfWord = new HashMap<>();

	/**
	 * Adds the distinct sound ids of every telling word in these parts, and of each part
	 * run together.
	 */
	void addSounds(IntList into, String... parts) {
		int from = into.size();
		for (String part : parts) {
			if (part == null) {
				continue;
			}
			String lower = part.toLowerCase(Locale.ROOT);
			for (String word : lower.split("[^a-z]+")) {
				if (word.length() >= SHORTEST_WORD && !STREET_TYPES.contains(word)) {
					addOnce(into, from, soundOf(word));
				}
			}
			String runTogether = lower.replaceAll("[^a-z]", "");
			if (runTogether.length() >= SHORTEST_WORD && !STREET_TYPES.contains(runTogether)) {
				addOnce(into, from, soundOf(runTogether));
			}
		}
	}

	private int soundOf(String word) {
		return soundOfWord.computeIfAbsent(word, w -> {
			String code = metaphone.doubleMetaphone(w);
			return sounds.id((code == null || code.isEmpty()) ? null : code);
		});
	}

	private static void addOnce(IntList into, int from, int sound) {
		if (sound == Vocabulary.MISSING) {
			return;
		}
		for (int i = from; i < into.size(); i++) {
			if (into.get(i) == sound) {
				return;
			}
		}
		into.add(sound);
	}

}
