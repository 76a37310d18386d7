package org.fullpicture.linkage.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of given names that are forms of one another (William, Bill, Will, Liam), read
 * from {@code linkage/nicknames.csv}: one group a line, names separated by commas. A name
 * may be in several groups (Alex is short for Alexander and for Alexandra).
 */
final class NicknameGroups {

	private static final String RESOURCE = "linkage/nicknames.csv";

	private final Map<String, int[]> groupsByName;

	private NicknameGroups(Map<String, int[]> groupsByName) {
		this.groupsByName = groupsByName;
	}

	static NicknameGroups fromClasspath() {
		try (InputStream in = NicknameGroups.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static NicknameGroups parse(BufferedReader lines) throws IOException {
		Map<String, List<Integer>> groups = new HashMap<>();
		int group = 0;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			for (String raw : line.split(",")) {
				String name = Text.name(raw);
				if (name != null) {
					groups.computeIfAbsent(name, key -> new ArrayList<>()).add(group);
				}
			}
			group++;
		}
		Map<String, int[]> sorted = new HashMap<>();
		groups.forEach((name, ids) -> sorted.put(name,
				ids.stream().mapToInt(Integer::intValue).distinct().sorted().toArray()));
		return new NicknameGroups(sorted);
	}

	/** Ascending group numbers; empty when the name is in no group. */
	int[] groupsOf(String normalisedName) {
		return groupsByName.getOrDefault(normalisedName, NameTable.none());
	}

}
