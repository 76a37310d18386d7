package org.fullpicture.people;

import java.util.List;

import org.fullpicture.linkage.LinkageModel;
import org.fullpicture.linkage.LinkageResult;

/** An existing person who may be the one being recorded, how likely, and why. */
public record MatchCandidate(Person person, double probability, LinkageResult.Decision decision,
		List<LinkageModel.Reason> reasons) {

	public boolean isSamePerson() {
		return decision == LinkageResult.Decision.SAME_PERSON;
	}

	public boolean needsReview() {
		return decision == LinkageResult.Decision.REVIEW;
	}

	/**
	 * The reasons in one line, strongest first: kept with a review so the reviewer sees
	 * why it was raised.
	 */
	public String reasonsInWords() {
		return reasons.stream()
			.sorted((a, b) -> Double.compare(Math.abs(b.bits()), Math.abs(a.bits())))
			.map(r -> r.comparison() + ": " + r.level() + (r.bits() >= 0 ? " (for)" : " (against)"))
			.reduce((a, b) -> a + "; " + b)
			.orElse("");
	}

}
