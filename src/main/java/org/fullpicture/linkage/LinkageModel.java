package org.fullpicture.linkage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fullpicture.linkage.internal.ScoringModel;

/**
 * A model fitted once on a large record set and reused to score new records against
 * candidates: what matching a record on create needs, since a handful of records gives
 * {@link LinkageEngine}'s learning nothing to learn from. Thread-safe, immutable.
 */
public final class LinkageModel {

	private static final Map<LinkageSettings, LinkageModel> SHIPPED = new ConcurrentHashMap<>();

	private final ScoringModel model;

	private LinkageModel(ScoringModel model) {
		this.model = model;
	}

	/**
	 * Fits m/u probabilities by EM on the record set's own candidate pairs (as
	 * deduplicate does), and keeps the name frequencies for term-frequency adjustment.
	 */
	public static LinkageModel fit(LinkageSettings settings, List<LinkageRecord> records) {
		return new LinkageModel(ScoringModel.fit(settings, records));
	}

	/**
	 * Parameters fitted beforehand on generated records and shipped as
	 * {@code linkage/model.tsv}, for an index too small to learn from. Read once.
	 */
	public static LinkageModel shipped(LinkageSettings settings) {
		return SHIPPED.computeIfAbsent(settings, key -> new LinkageModel(ScoringModel.shipped(key)));
	}

	/**
	 * Scores one record against candidates the caller already chose (no blocking here).
	 * Returns one Scored per candidate, best first.
	 */
	public List<Scored> score(LinkageRecord probe, List<LinkageRecord> candidates) {
		return model.score(probe, candidates);
	}

	public LinkageSettings settings() {
		return model.settings();
	}

	/**
	 * @param candidate index into the candidates scored
	 * @param decision SAME_PERSON at or above the same-person threshold, REVIEW at or
	 * above the review threshold, else null
	 */
	public record Scored(int candidate, double matchProbability, LinkageResult.Decision decision,
			List<Reason> reasons) {

		public Scored {
			reasons = List.copyOf(reasons);
		}

	}

	/**
	 * One comparison's outcome for the pair, e.g. ("date of birth", "day and month
	 * swapped", 5.1). Missing values are left out: they are evidence neither way.
	 *
	 * @param bits log2(m/u) after adjustments: for (positive) or against (negative) a
	 * match
	 */
	public record Reason(String comparison, String level, double bits) {

	}

}
