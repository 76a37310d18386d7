package org.fullpicture.linkage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.MaxLength;
import org.fullpicture.shared.NotFound;
import org.fullpicture.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The queue of possible matches that the linkage could not settle on its own. */
@Service
public class MatchReviews {

	private final JdbcClient db;

	private final Identities identities;

	private final Clock clock;

	MatchReviews(JdbcClient db, Identities identities, Clock clock) {
		this.db = db;
		this.identities = identities;
		this.clock = clock;
	}

	@Transactional
	public UUID raise(UUID existingId, UUID candidateId, double probability, String reasons, String raisedBy) {
		UUID id = UUID.randomUUID();
		db.sql("""
				INSERT INTO match_review (id, existing_id, candidate_id, probability, reasons, raised_at, raised_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, existingId, candidateId, probability, reasons, OffsetDateTime.now(clock), raisedBy)
			.update();
		return id;
	}

	public PageOf<MatchReview> open(int page, int size) {
		long total = db.sql("SELECT COUNT(*) FROM match_review WHERE decision IS NULL").query(Long.class).single();
		var items = db.sql(
				"SELECT * FROM match_review WHERE decision IS NULL ORDER BY probability DESC, raised_at LIMIT ? OFFSET ?")
			.params(size, (page - 1) * size)
			.query(MatchReviews::review)
			.list();
		return new PageOf<>(items, page, size, total);
	}

	/**
	 * Undecided pairs in which any of these people is one side: possible duplicate
	 * records of them.
	 */
	public java.util.List<MatchReview> openFor(java.util.Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return java.util.List.of();
		}
		return db.sql(
				"SELECT * FROM match_review WHERE decision IS NULL AND (existing_id IN (:ids) OR candidate_id IN (:ids))")
			.param("ids", personIds)
			.query(MatchReviews::review)
			.list();
	}

	public MatchReview get(UUID id) {
		return db.sql("SELECT * FROM match_review WHERE id = ?")
			.param(id)
			.query(MatchReviews::review)
			.optional()
			.orElseThrow(() -> new NotFound("Match review " + id));
	}

	/**
	 * Records the decision; "the same person" merges the candidate into the existing
	 * record.
	 */
	@Transactional
	public MatchReview decide(UUID reviewId, MatchReview.Decision decision, String reason, UUID by) {
		List<FieldProblem> problems = new ArrayList<>();
		if (decision == null) {
			problems.add(new FieldProblem("decision", "Choose whether these are the same person"));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new FieldProblem("reason", "Enter the reason for your decision"));
		}
		else {
			MaxLength.problem("reason", reason, 1000, "The reason").ifPresent(problems::add);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		MatchReview review = get(reviewId);
		if (!review.isOpen()) {
			throw new Conflict("decision", "This pair has already been decided");
		}
		if (decision == MatchReview.Decision.SAME) {
			identities.merge(review.existingId(), review.candidateId(), by, reason);
		}
		db.sql("UPDATE match_review SET decision = ?, decided_at = ?, decided_by = ?, decision_reason = ? WHERE id = ?")
			.params(decision.name(), OffsetDateTime.now(clock), by, reason.strip(), reviewId)
			.update();
		return get(reviewId);
	}

	static MatchReview review(ResultSet rs, int row) throws SQLException {
		String decision = rs.getString("decision");
		OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
		return new MatchReview(rs.getObject("id", UUID.class), rs.getObject("existing_id", UUID.class),
				rs.getObject("candidate_id", UUID.class), rs.getDouble("probability"), rs.getString("reasons"),
				rs.getObject("raised_at", OffsetDateTime.class).toInstant(), rs.getString("raised_by"),
				decision == null ? null : MatchReview.Decision.valueOf(decision),
				decided == null ? null : decided.toInstant(), rs.getObject("decided_by", UUID.class),
				rs.getString("decision_reason"));
	}

}
