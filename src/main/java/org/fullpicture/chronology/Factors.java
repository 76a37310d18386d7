package org.fullpicture.chronology;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Children in Need census factor codes: A about the child, B a parent or carer, C another
 * person in the household.
 */
public final class Factors {

	private static final Map<String, String> LABELS = new LinkedHashMap<>();

	static {
		String[][] families = { { "1", "Alcohol misuse" }, { "2", "Drug misuse" }, { "3", "Domestic abuse" },
				{ "4", "Mental health" }, { "5", "Learning disability" }, { "6", "Physical disability or illness" } };
		for (String[] f : families) {
			LABELS.put(f[0] + "A", f[1] + ": child");
			LABELS.put(f[0] + "B", f[1] + ": parent or carer");
			LABELS.put(f[0] + "C", f[1] + ": other person in household");
		}
		LABELS.put("7A", "Young carer");
		for (char c = 'B'; c <= 'F'; c++) {
			LABELS.put("8" + c, "Privately fostered");
		}
		LABELS.put("9A", "Unaccompanied asylum-seeking child");
		LABELS.put("10A", "Going missing");
		LABELS.put("11A", "Child sexual exploitation");
		LABELS.put("12A", "Trafficking");
		LABELS.put("13A", "Gangs");
		LABELS.put("14A", "Socially unacceptable behaviour");
		LABELS.put("15A", "Self-harm");
		LABELS.put("16A", "Neglect");
		LABELS.put("17A", "Emotional abuse");
		LABELS.put("18B", "Physical abuse (by an adult)");
		LABELS.put("18C", "Physical abuse (by a child)");
		LABELS.put("19B", "Sexual abuse (by an adult)");
		LABELS.put("19C", "Sexual abuse (by a child)");
		LABELS.put("20", "Other");
		LABELS.put("21", "No factors identified");
		LABELS.put("22A", "Female genital mutilation");
		LABELS.put("23A", "Abuse linked to faith or belief");
		LABELS.put("24A", "Child criminal exploitation");
	}

	private Factors() {
	}

	public static boolean isValid(String code) {
		return code != null && LABELS.containsKey(code.toUpperCase(java.util.Locale.ROOT));
	}

	public static String label(String code) {
		return LABELS.getOrDefault(code, code);
	}

	/**
	 * Codes as a child's chronology row keeps them: sorted, separated by a space, null
	 * for none.
	 */
	public static String asColumn(java.util.Collection<String> codes) {
		return codes.isEmpty() ? null : String.join(" ", new java.util.TreeSet<>(codes));
	}

	static Set<String> fromColumn(String column) {
		return column == null ? new HashSet<>() : new HashSet<>(Arrays.asList(column.split(" ")));
	}

	public static Map<String, String> all() {
		return java.util.Collections.unmodifiableMap(LABELS);
	}

}
