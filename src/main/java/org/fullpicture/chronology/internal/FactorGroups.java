package org.fullpicture.chronology.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.fullpicture.chronology.Factors;

/**
 * Children in Need census factors grouped as a practitioner thinks of them: about whom,
 * and what kind of harm.
 */
final class FactorGroups {

	record Factor(String code, String label) {
	}

	record Group(String heading, List<Factor> factors) {
	}

	private static final List<Group> GROUPS = build();

	private FactorGroups() {
	}

	static List<Group> all() {
		return GROUPS;
	}

	private static List<Group> build() {
		Map<String, Predicate<String>> headings = new LinkedHashMap<>();
		headings.put("Abuse and neglect", c -> c.matches("1[6-9][A-C]"));
		headings.put("About the child", c -> c.endsWith("A") && !c.startsWith("8"));
		headings.put("About a parent or carer", c -> c.matches("[1-6]B"));
		headings.put("About another person in the household", c -> c.matches("[1-6]C"));
		headings.put("Other", c -> true);
		Map<String, List<Factor>> grouped = new LinkedHashMap<>();
		headings.keySet().forEach(h -> grouped.put(h, new ArrayList<>()));
		Factors.all().forEach((code, label) -> {
			String heading = headings.entrySet()
				.stream()
				.filter(h -> h.getValue().test(code))
				.findFirst()
				.orElseThrow()
				.getKey();
			// the privately fostered codes share one label; the code tells them apart
			grouped.get(heading).add(new Factor(code, code.startsWith("8") ? label + " (" + code + ")" : label));
		});
		return grouped.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

}
