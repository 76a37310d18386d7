package org.fullpicture.linkage.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Link-mode sets from a FEBRL deduplication file, as the unseen sets are built: for each
 * duplicate number k, file A holds the originals of the people who have a duplicate k,
 * file B those duplicates, so each person is once in each file. Writes
 * {@code NAME-k-a.csv} and {@code NAME-k-b.csv}, with FEBRL's own lines.
 */
final class FebrlLinkSets {

	private static final Pattern REC_ID = Pattern.compile("^rec-(\\d+)-(org|dup-(\\d+))$");

	private FebrlLinkSets() {
	}

	static void write(Path febrl, Path directory) throws IOException {
		List<String> lines = Files.readAllLines(febrl, StandardCharsets.US_ASCII);
		String header = lines.get(0);
		Map<String, String> originals = new HashMap<>();
		Map<Integer, Map<String, String>> duplicatesByNumber = new TreeMap<>();
		for (String line : lines.subList(1, lines.size())) {
			Matcher id = REC_ID.matcher(line.substring(0, line.indexOf(',')).trim());
			if (!id.matches()) {
				continue;
			}
			if (id.group(3) == null) {
				originals.put(id.group(1), line);
			}
			else {
				duplicatesByNumber.computeIfAbsent(Integer.parseInt(id.group(3)), k -> new TreeMap<>())
					.put(id.group(1), line);
			}
		}
		Files.createDirectories(directory);
		String name = febrl.getFileName().toString().replaceFirst("\\.csv$", "");
		for (var number : duplicatesByNumber.entrySet()) {
			List<String> a = new ArrayList<>(List.of(header));
			List<String> b = new ArrayList<>(List.of(header));
			number.getValue().forEach((person, duplicate) -> {
				a.add(originals.get(person));
				b.add(duplicate);
			});
			Files.write(directory.resolve(name + "-" + number.getKey() + "-a.csv"), a, StandardCharsets.US_ASCII);
			Files.write(directory.resolve(name + "-" + number.getKey() + "-b.csv"), b, StandardCharsets.US_ASCII);
		}
	}

}
