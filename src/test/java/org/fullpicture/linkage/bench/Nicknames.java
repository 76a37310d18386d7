package org.fullpicture.linkage.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** The engine's nickname list, read as a generator of other forms of a given name. */
final class Nicknames {

	private final Map<String, List<String>> otherForms;

	private Nicknames(Map<String, List<String>> otherForms) {
		this.otherForms = otherForms;
	}

	static Nicknames fromClasspath() {
		Map<String, Set<String>> forms = new HashMap<>();
		try (InputStream in = Nicknames.class.getClassLoader().getResourceAsStream("linkage/nicknames.csv")) {
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] group = line.trim().split(",");
				for (String name : group) {
					for (String other : group) {
						if (!other.equals(name)) {
							forms.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(other);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, List<String>> lists = new HashMap<>();
		forms.forEach((name, others) -> lists.put(name, new ArrayList<>(others)));
		return new Nicknames(lists);
	}

	/** Another form of this name, or null when the list knows none. */
	String anotherForm(String name, Random random) {
		List<String> others = otherForms.get(name);
		return (others == null) ? null : others.get(random.nextInt(others.size()));
	}

}
