package org.fullpicture.earlyhelp.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Progress on each outcome over the reviews, scored 0 to 10, drawn as server-side SVG
 * lines with a table beside it, so the chart needs no JavaScript and a screen reader
 * hears the same figures.
 */
public record ProgressChart(List<Line> lines, List<Column> columns, int width) {

	static final int HEIGHT = 150;

	static final int TOP = 10;

	static final int LEFT = 30;

	static final int STEP = 90;

	static final String[] COLOURS = { "blue", "green", "purple", "red", "grey" };

	public record Point(int x, int y, int score) {
	}

	public record Line(String outcome, String colour, List<Point> points, List<Integer> scores) {

		public String getPath() {
			return points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
		}

		public String getDescription() {
			return outcome + ": " + scores.stream().map(String::valueOf).collect(Collectors.joining(", then "));
		}

	}

	public record Column(LocalDate heldOn, int x) {
	}

	public boolean isEmpty() {
		return columns.isEmpty();
	}

	public int getHeight() {
		return HEIGHT + TOP + 30;
	}

	/** The y of each tenth of the scale, for the grid lines and their labels. */
	public List<int[]> getScale() {
		List<int[]> scale = new ArrayList<>();
		for (int score = 0; score <= 10; score += 5) {
			scale.add(new int[] { score, y(score) });
		}
		return scale;
	}

	static ProgressChart of(List<Plans.Outcome> outcomes, List<Plans.Review> reviews) {
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < reviews.size(); i++) {
			columns.add(new Column(reviews.get(i).heldOn(), LEFT + 20 + i * STEP));
		}
		List<Line> lines = new ArrayList<>();
		for (int o = 0; o < outcomes.size(); o++) {
			Plans.Outcome outcome = outcomes.get(o);
			List<Point> points = new ArrayList<>();
			List<Integer> scores = new ArrayList<>();
			for (int i = 0; i < reviews.size(); i++) {
				Integer score = reviews.get(i).scores().get(outcome.id());
				if (score != null) {
					points.add(new Point(columns.get(i).x(), y(score), score));
					scores.add(score);
				}
			}
			lines.add(new Line(outcome.description(), COLOURS[o % COLOURS.length], points, scores));
		}
		return new ProgressChart(lines, columns, LEFT + 40 + Math.max(1, reviews.size()) * STEP);
	}

	private static int y(int score) {
		return TOP + HEIGHT - score * HEIGHT / 10;
	}

}
