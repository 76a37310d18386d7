package org.fullpicture.linkage.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A word list read from the classpath, sampled with Zipf-like weights by rank so that a
 * few names are common and most are rare, as in a real population. Blank lines split a
 * list into sections.
 */
final class NameLists {

	private final List<String> words;

	private final double[] cumulative;

	NameLists(List<String> words) {
		this.words = List.copyOf(words);
		this.cumulative = new double[words.size()];
		double total = 0;
		for (int rank = 0; rank < words.size(); rank++) {
			total += 1 / Math.pow(rank + 1, 0.9);
			cumulative[rank] = total;
		}
		for (int rank = 0; rank < cumulative.length; rank++) {
			cumulative[rank] /= total;
		}
	}

	String zipf(Random random) {
		int index = Arrays.binarySearch(cumulative, random.nextDouble());
		return words.get(Math.min(words.size() - 1, index < 0 ? -index - 1 : index));
	}

	String uniform(Random random) {
		return words.get(random.nextInt(words.size()));
	}

	int size() {
		return words.size();
	}

	String get(int index) {
		return words.get(index);
	}

	/**
	 * The sections of a resource file, each a list; lines starting with # are comments.
	 */
	static List<NameLists> sections(String resource) {
		List<NameLists> sections = new ArrayList<>();
		List<String> current = new ArrayList<>();
		try (InputStream in = NameLists.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the classpath");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.isBlank()) {
					sections.add(new NameLists(current));
					current = new ArrayList<>();
				}
				else if (!line.startsWith("#")) {
					current.add(line.trim());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		sections.add(new NameLists(current));
		return sections;
	}

	static NameLists of(String resource) {
		return sections(resource).get(0);
	}

}
