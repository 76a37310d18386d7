package org.fullpicture.recording.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the module's tab-separated data files: a header line, then one row per line; #
 * starts a comment.
 */
final class DataFile {

	private DataFile() {
	}

	static List<String[]> rows(String resource, int columns) {
		InputStream in = DataFile.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing data file " + resource);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines()
				.skip(1)
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> row(resource, line, columns))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** "a|b|c" as a set of lower-case words; an empty cell is an empty set. */
	static Set<String> words(String cell) {
		return Arrays.stream(cell.split("\\|"))
			.map(String::trim)
			.filter(word -> !word.isEmpty())
			.map(word -> word.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Rows of "KIND<tab>pattern ; pattern", as an index from pattern to kind. */
	static <K extends Enum<K>> PatternIndex<K> patternsByKind(String resource, Class<K> kinds) {
		PatternIndex<K> index = new PatternIndex<>();
		for (String[] row : rows(resource, 2)) {
			K kind = Enum.valueOf(kinds, row[0].trim());
			for (String source : row[1].split(";")) {
				index.add(PhrasePattern.compile(source, false), kind);
			}
		}
		return index;
	}

	private static String[] row(String resource, String line, int columns) {
		String[] cells = line.split("\t", -1);
		if (cells.length != columns) {
			throw new IllegalStateException(
					resource + ": expected " + columns + " columns but found " + cells.length + " in: " + cells[0]);
		}
		return cells;
	}

}
