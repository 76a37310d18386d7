package org.fullpicture.chronology.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fullpicture.calendar.UkTime;
import org.fullpicture.chronology.ChronologyReader.Occurrence;
import org.fullpicture.web.Formats;

/**
 * The shape of a chronology over time: entries per month (or per year over long periods),
 * stacked by kind, drawn as server-side SVG so a practitioner sees clusters of low-level
 * concern and gaps without any JavaScript.
 */
record Timeline(List<Bucket> buckets, int max, String unit, int width) {

	static final int HEIGHT = 120;

	static final int STEP = 34;

	static final int BAR = 24;

	record Bar(TypeGroup group, int count, int y, int height) {
	}

	record Bucket(String label, String shortLabel, int total, List<Bar> bars, int x, boolean labelled,
			Map<TypeGroup, Integer> counts) {

		public String getDescription() {
			if (total == 0) {
				return label + ": nothing recorded";
			}
			return label + ": " + Formats.plural(total, "entry").replace("entrys", "entries") + " ("
					+ counts.entrySet()
						.stream()
						.map(e -> e.getKey().getLabel().toLowerCase() + " " + e.getValue())
						.collect(Collectors.joining(", "))
					+ ")";
		}

		public int count(TypeGroup group) {
			return counts.getOrDefault(group, 0);
		}

	}

	public int getBarWidth() {
		return BAR;
	}

	public boolean isEmpty() {
		return buckets.isEmpty();
	}

	public List<TypeGroup> getGroups() {
		return List.of(TypeGroup.values());
	}

	public String getSummary() {
		int total = buckets.stream().mapToInt(Bucket::total).sum();
		long empty = buckets.stream().filter(b -> b.total() == 0).count();
		return Formats.plural(total, "entry").replace("entrys", "entries") + " over "
				+ Formats.plural(buckets.size(), unit)
				+ (empty > 0 ? ", with nothing recorded in " + Formats.plural(empty, unit) : "");
	}

	static Timeline of(List<Occurrence> occurrences, LocalDate from, LocalDate to) {
		if (occurrences.isEmpty()) {
			return new Timeline(List.of(), 0, "month", 0);
		}
		LocalDate first = from != null ? from : day(occurrences.get(0));
		LocalDate last = to != null ? to : day(occurrences.get(occurrences.size() - 1));
		if (last.isBefore(first)) {
			last = first;
		}
		boolean byYear = YearMonth.from(first).plusMonths(48).isBefore(YearMonth.from(last));
		Function<LocalDate, LocalDate> bucketOf = byYear ? d -> d.withDayOfYear(1) : d -> d.withDayOfMonth(1);
		Map<LocalDate, Map<TypeGroup, Integer>> counts = new java.util.TreeMap<>();
		for (LocalDate d = bucketOf.apply(first); !d.isAfter(last); d = byYear ? d.plusYears(1) : d.plusMonths(1)) {
			counts.put(d, new EnumMap<>(TypeGroup.class));
		}
		for (Occurrence o : occurrences) {
			Map<TypeGroup, Integer> bucket = counts.get(bucketOf.apply(day(o)));
			if (bucket != null) {
				bucket.merge(TypeGroup.of(o.type()), 1, Integer::sum);
			}
		}
		int max = counts.values().stream().mapToInt(m -> m.values().stream().mapToInt(i -> i).sum()).max().orElse(1);
		// about twelve labels at most, so they never overlap
		int labelEvery = Math.max(1, (counts.size() + 11) / 12);
		List<Bucket> buckets = new ArrayList<>();
		int i = 0;
		for (var e : counts.entrySet()) {
			List<Bar> bars = new ArrayList<>();
			int top = HEIGHT;
			for (var g : e.getValue().entrySet()) {
				int h = Math.max(2, g.getValue() * HEIGHT / Math.max(max, 1));
				top -= h;
				bars.add(new Bar(g.getKey(), g.getValue(), top, h));
			}
			int total = e.getValue().values().stream().mapToInt(n -> n).sum();
			LocalDate d = e.getKey();
			buckets.add(new Bucket(byYear ? String.valueOf(d.getYear()) : new Formats().month(d),
					byYear ? String.valueOf(d.getYear()) : new Formats().shortMonth(d), total, bars, i * STEP,
					i % labelEvery == 0, e.getValue()));
			i++;
		}
		// room on the right for the last label
		return new Timeline(buckets, max, byYear ? "year" : "month", buckets.size() * STEP + 30);
	}

	private static LocalDate day(Occurrence o) {
		return o.occurredAt().atZone(UkTime.ZONE).toLocalDate();
	}

}
