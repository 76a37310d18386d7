package org.fullpicture.people;

import java.util.List;

import org.fullpicture.agencies.Practitioner;
import org.fullpicture.linkage.MatchReviews;
import org.fullpicture.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a person always looks for an existing record first, so that each child has
 * one record across agencies: a near-certain match uses the existing record (and says
 * so), a possible match is recorded new and sent to the review queue, and anything else
 * is recorded new. Recording a person gives no grounds to read their record: those come
 * from involvements that workflows start, a role, or break-glass.
 */
@Service
public class PersonIntake {

	/** Most possible matches a single new record sends to review. */
	private static final int MAX_REVIEWS = 3;

	public enum Outcome {

		EXISTING_RECORD_USED("An existing record of this person was found and used"),
		QUEUED_FOR_REVIEW("Recorded; a possible existing record was sent for review"),
		CREATED("Recorded as a new person");

		private final String label;

		Outcome(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public record Intake(Person person, Outcome outcome, List<MatchCandidate> candidates) {
	}

	private final People people;

	private final PersonMatching matching;

	private final MatchReviews reviews;

	PersonIntake(People people, PersonMatching matching, MatchReviews reviews) {
		this.people = people;
		this.matching = matching;
		this.reviews = reviews;
	}

	@Transactional
	public Intake record(NewPerson input, Practitioner by, String raisedBy) {
		List<org.fullpicture.shared.FieldProblem> problems = people.problemsWith(input);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		List<MatchCandidate> candidates = matching.candidates(input);
		if (!candidates.isEmpty() && candidates.get(0).isSamePerson()) {
			Person existing = candidates.get(0).person();
			return new Intake(existing, Outcome.EXISTING_RECORD_USED, candidates);
		}
		Person created = people.createChecked(input, by.id());
		List<MatchCandidate> toReview = candidates.stream()
			.filter(MatchCandidate::needsReview)
			.limit(MAX_REVIEWS)
			.toList();
		for (MatchCandidate candidate : toReview) {
			reviews.raise(candidate.person().id(), created.id(), candidate.probability(), candidate.reasonsInWords(),
					raisedBy);
		}
		return new Intake(created, toReview.isEmpty() ? Outcome.CREATED : Outcome.QUEUED_FOR_REVIEW, candidates);
	}

}
