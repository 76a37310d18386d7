package org.fullpicture.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.MaxLength;
import org.fullpicture.shared.NotFound;
import org.fullpicture.shared.PageOf;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency access to a record the practitioner has no involvement with: reasoned,
 * time-limited, reviewed.
 */
@Service
public class BreakGlass {

	public static final int MIN_REASON_LENGTH = 20;

	public static final int MIN_REASON_WORDS = 3;

	/**
	 * A word of a reason: two or more letters with no digit touching them, so that a case
	 * number or a UUID is not mistaken for an explanation.
	 */
	private static final java.util.regex.Pattern WORD = java.util.regex.Pattern
		.compile("(?<![\\p{L}\\p{N}])\\p{L}{2,}(?![\\p{L}\\p{N}])");

	public record Event(UUID id, Instant grantedAt, Instant expiresAt, UUID practitionerId, String practitionerName,
			String agencyName, UUID personId, String reason, String reviewedBy, Instant reviewedAt, String outcome) {

		public boolean reviewed() {
			return reviewedAt != null;
		}

	}

	private final JdbcClient db;

	private final AuditTrail audit;

	private final Clock clock;

	private final Duration lasts;

	private final AccessPolicy policy;

	private final Practitioners practitioners;

	BreakGlass(JdbcClient db, AuditTrail audit, Clock clock,
			@Value("${fullpicture.access.break-glass-lasts:PT8H}") Duration lasts, AccessPolicy policy,
			Practitioners practitioners) {
		this.policy = policy;
		this.practitioners = practitioners;
		this.db = db;
		this.audit = audit;
		this.clock = clock;
		this.lasts = lasts;
	}

	@Transactional
	public void grant(Practitioner practitioner, UUID personId, String reason, Channel channel) {
		String trimmed = reason == null ? "" : reason.strip();
		if (trimmed.length() < MIN_REASON_LENGTH || words(trimmed) < MIN_REASON_WORDS) {
			throw new InvalidInput("reason",
					"Explain in words why you need to see this record, in at least " + MIN_REASON_LENGTH
							+ " characters and " + MIN_REASON_WORDS
							+ " words (a number or reference alone is not a reason)");
		}
		MaxLength.require("reason", trimmed, 1000, "The reason");
		OffsetDateTime now = OffsetDateTime.now(clock);
		db.sql("""
				INSERT INTO break_glass (id, practitioner_id, agency_id, person_id, reason, granted_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), practitioner.id(), practitioner.agencyId(), personId, trimmed, now,
					now.plus(lasts))
			.update();
		audit.record(practitioner.id(), AuditAction.BROKE_GLASS, personId, Grounds.BREAK_GLASS, trimmed, channel);
	}

	private static long words(String reason) {
		return WORD.matcher(reason).results().count();
	}

	/**
	 * What the reviewer should review: an administrator every event, a safeguarding lead
	 * their own agency's; never their own.
	 */
	public PageOf<Event> eventsFor(Practitioner reviewer, boolean onlyUnreviewed, int page, int size) {
		return events(policy.canReviewBreakGlassOfEveryAgency(reviewer) ? null : reviewer.agencyId(), reviewer.id(),
				onlyUnreviewed, page, size);
	}

	private PageOf<Event> events(UUID agencyId, UUID reviewerId, boolean onlyUnreviewed, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		params.put("reviewer", reviewerId);
		String where = " WHERE b.practitioner_id <> :reviewer"
				+ (onlyUnreviewed ? " AND r.break_glass_id IS NULL" : "");
		if (agencyId != null) {
			// the agency the practitioner worked for when they broke glass
			where += " AND b.agency_id = :agency";
			params.put("agency", agencyId);
		}
		long total = db
			.sql("SELECT COUNT(*) FROM break_glass b LEFT JOIN break_glass_review r ON r.break_glass_id = b.id" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", (page - 1) * size);
		List<Row> rows = db
			.sql("""
					SELECT b.*, r.reviewed_by, r.reviewed_at, r.outcome
					FROM break_glass b LEFT JOIN break_glass_review r ON r.break_glass_id = b.id""" + where
					+ " ORDER BY b.granted_at DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, row) -> {
				OffsetDateTime reviewedAt = rs.getObject("reviewed_at", OffsetDateTime.class);
				return new Row(rs.getObject("id", UUID.class),
						rs.getObject("granted_at", OffsetDateTime.class).toInstant(),
						rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
						rs.getObject("practitioner_id", UUID.class), rs.getObject("person_id", UUID.class),
						rs.getString("reason"), rs.getObject("reviewed_by", UUID.class),
						reviewedAt == null ? null : reviewedAt.toInstant(), rs.getString("outcome"));
			})
			.list();
		return new PageOf<>(named(rows), page, size, total);
	}

	/** A break-glass and its review as stored: practitioners by id. */
	private record Row(UUID id, Instant grantedAt, Instant expiresAt, UUID practitionerId, UUID personId, String reason,
			UUID reviewerId, Instant reviewedAt, String outcome) {
	}

	/**
	 * Who broke glass, their agency and who reviewed it, named through the agencies
	 * module for a page at once.
	 */
	private List<Event> named(List<Row> rows) {
		Set<UUID> people = new HashSet<>();
		rows.forEach(e -> {
			people.add(e.practitionerId());
			if (e.reviewerId() != null) {
				people.add(e.reviewerId());
			}
		});
		Map<UUID, String> names = practitioners.displayNamesOf(people);
		Map<UUID, String> agencyNames = practitioners
			.agencyNamesOf(rows.stream().map(Row::practitionerId).collect(Collectors.toSet()));
		return rows.stream()
			.map(e -> new Event(e.id(), e.grantedAt(), e.expiresAt(), e.practitionerId(), names.get(e.practitionerId()),
					agencyNames.get(e.practitionerId()), e.personId(), e.reason(),
					e.reviewerId() == null ? null : names.get(e.reviewerId()), e.reviewedAt(), e.outcome()))
			.toList();
	}

	/** Whose record was opened, who broke glass and the agency they worked for then. */
	private record Granted(UUID personId, UUID practitionerId, UUID agencyId) {
	}

	@Transactional
	public void review(Practitioner reviewer, UUID breakGlassId, String outcome, Channel channel) {
		if (outcome == null || outcome.isBlank()) {
			throw new InvalidInput("outcome", "Enter what you found when you reviewed this access");
		}
		MaxLength.require("outcome", outcome.strip(), 1000, "What you found");
		Granted event = db.sql("SELECT person_id, practitioner_id, agency_id FROM break_glass WHERE id = ?")
			.param(breakGlassId)
			.query((rs, row) -> new Granted(rs.getObject("person_id", UUID.class),
					rs.getObject("practitioner_id", UUID.class), rs.getObject("agency_id", UUID.class)))
			.optional()
			.orElseThrow(() -> new NotFound("Break-glass " + breakGlassId));
		UUID personId = event.personId();
		if (reviewer.id().equals(event.practitionerId())) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Someone else reviews your own break-glass access");
		}
		if (!policy.canReviewBreakGlassOfEveryAgency(reviewer) && !reviewer.agencyId().equals(event.agencyId())) {
			throw new org.springframework.security.access.AccessDeniedException(
					"A safeguarding lead reviews break-glass access by their own agency's staff");
		}
		if (db.sql("SELECT COUNT(*) FROM break_glass_review WHERE break_glass_id = ?")
			.param(breakGlassId)
			.query(Long.class)
			.single() > 0) {
			throw new Conflict("outcome", "This break-glass has already been reviewed");
		}
		db.sql("INSERT INTO break_glass_review (break_glass_id, reviewed_by, reviewed_at, outcome) VALUES (?, ?, ?, ?)")
			.params(breakGlassId, reviewer.id(), OffsetDateTime.now(clock), outcome.strip())
			.update();
		audit.record(reviewer.id(), AuditAction.REVIEWED_BREAK_GLASS, personId, Grounds.ROLE, null, channel);
	}

}
