package org.fullpicture.linkage.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fullpicture.linkage.LinkageAddress;
import org.fullpicture.linkage.LinkageRecord;

/**
 * How the two records of a true pair differ, field by field, as a kind of pair: the
 * fields that differ and how (a slip of one or two edits, a replaced value, a missing
 * one). Used to break down the pairs the engine misses or sends to review. Names only
 * fields, never their values.
 */
final class PairDifferences {

	/** How one field of a pair differs. */
	enum Difference {

		SAME, MISSING, SLIP, REPLACED;

		String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private PairDifferences() {
	}

	/**
	 * The kind of a pair: each differing field with how it differs, joined by a plus
	 * sign, or {@code "no difference"}.
	 */
	static String kind(LinkageRecord a, LinkageRecord b) {
		List<String> parts = new ArrayList<>();
		if (namesSwapped(a, b)) {
			parts.add("names:swapped");
		}
		else {
			add(parts, "given", text(a.givenName(), b.givenName()));
			add(parts, "family", text(a.familyName(), b.familyName()));
		}
		add(parts, "birth", date(a.dateOfBirth(), b.dateOfBirth()));
		LinkageAddress x = first(a);
		LinkageAddress y = first(b);
		add(parts, "number", text(x.streetNumber(), y.streetNumber()));
		add(parts, "street", text(x.street(), y.street()));
		add(parts, "locality", text(x.locality(), y.locality()));
		add(parts, "town", text(x.town(), y.town()));
		add(parts, "postcode", text(x.postcode(), y.postcode()));
		return parts.isEmpty() ? "no difference" : String.join("+", parts);
	}

	/**
	 * Whether both the given and the family name were replaced (not slipped or missing).
	 */
	static boolean bothNamesReplaced(LinkageRecord a, LinkageRecord b) {
		return !namesSwapped(a, b) && text(a.givenName(), b.givenName()) == Difference.REPLACED
				&& text(a.familyName(), b.familyName()) == Difference.REPLACED;
	}

	/** The given name of one is the family name of the other, and the other way round. */
	private static boolean namesSwapped(LinkageRecord a, LinkageRecord b) {
		return a.givenName() != null && a.familyName() != null && !a.givenName().equals(a.familyName())
				&& a.givenName().equals(b.familyName()) && a.familyName().equals(b.givenName());
	}

	private static void add(List<String> parts, String field, Difference difference) {
		if (difference != Difference.SAME) {
			parts.add(field + ":" + difference.label());
		}
	}

	private static LinkageAddress first(LinkageRecord record) {
		return record.addresses().isEmpty() ? new LinkageAddress(null, null, null, null, null)
				: record.addresses().get(0);
	}

	static Difference text(String a, String b) {
		if (a == null || b == null) {
			return (a == null && b == null) ? Difference.SAME : Difference.MISSING;
		}
		if (a.equals(b)) {
			return Difference.SAME;
		}
		return editDistance(a, b) <= 2 ? Difference.SLIP : Difference.REPLACED;
	}

	private static Difference date(LocalDate a, LocalDate b) {
		if (a == null || b == null) {
			return (a == null && b == null) ? Difference.SAME : Difference.MISSING;
		}
		if (a.equals(b)) {
			return Difference.SAME;
		}
		return text(a.toString(), b.toString()) == Difference.SLIP ? Difference.SLIP : Difference.REPLACED;
	}

	/** Optimal string alignment distance: insertions, deletions, substitutions, swaps. */
	static int editDistance(String a, String b) {
		Objects.requireNonNull(a);
		Objects.requireNonNull(b);
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
