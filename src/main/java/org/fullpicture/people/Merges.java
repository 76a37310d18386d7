package org.fullpicture.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.fullpicture.access.AuditAction;
import org.fullpicture.access.AuditTrail;
import org.fullpicture.access.Channel;
import org.fullpicture.access.Grounds;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.linkage.Identities;
import org.fullpicture.linkage.IdentityLink;
import org.fullpicture.linkage.MatchReview;
import org.fullpicture.linkage.MatchReviews;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Deciding possible matches, merging and unmerging, each audited. */
@Service
public class Merges {

	/** One side of a possible match, as its source record has it. */
	public record Side(UUID id, String recordedBy, String givenName, String familyName, LocalDate dateOfBirth,
			String sex, String nhsNumber, String upn, String currentAddress, List<String> otherNames) {
	}

	/** Both sides, and the fields on which they differ. */
	public record Comparison(Side existing, Side candidate, List<String> differences) {
	}

	private final People people;

	private final PersonRecords records;

	private final Identities identities;

	private final MatchReviews reviews;

	private final AuditTrail audit;

	Merges(People people, PersonRecords records, Identities identities, MatchReviews reviews, AuditTrail audit) {
		this.people = people;
		this.records = records;
		this.identities = identities;
		this.reviews = reviews;
		this.audit = audit;
	}

	@Transactional
	public MatchReview decide(UUID reviewId, MatchReview.Decision decision, String reason, Practitioner by,
			Channel channel) {
		MatchReview decided = reviews.decide(reviewId, decision, reason, by.id());
		AuditAction action = decided.decision() == MatchReview.Decision.SAME ? AuditAction.MERGED
				: AuditAction.DECIDED_NOT_SAME;
		audit.record(by.id(), action, decided.existingId(), Grounds.ROLE, reason, channel);
		audit.record(by.id(), action, decided.candidateId(), Grounds.ROLE, reason, channel);
		return decided;
	}

	@Transactional
	public IdentityLink merge(UUID survivorId, UUID mergedId, String reason, Practitioner by, Channel channel) {
		people.get(survivorId);
		people.get(mergedId);
		IdentityLink link = identities.merge(survivorId, mergedId, by.id(), reason);
		audit.record(by.id(), AuditAction.MERGED, link.survivorId(), Grounds.ROLE, reason, channel);
		audit.record(by.id(), AuditAction.MERGED, link.mergedId(), Grounds.ROLE, reason, channel);
		return link;
	}

	@Transactional
	public IdentityLink unmerge(UUID linkId, String reason, Practitioner by, Channel channel) {
		IdentityLink link = identities.unmerge(linkId, by.id(), reason);
		audit.record(by.id(), AuditAction.UNMERGED, link.survivorId(), Grounds.ROLE, reason, channel);
		audit.record(by.id(), AuditAction.UNMERGED, link.mergedId(), Grounds.ROLE, reason, channel);
		return link;
	}

	public Comparison compare(MatchReview review) {
		Side existing = side(review.existingId());
		Side candidate = side(review.candidateId());
		List<String> differences = new ArrayList<>();
		differ(differences, "givenName", existing.givenName(), candidate.givenName());
		differ(differences, "familyName", existing.familyName(), candidate.familyName());
		differ(differences, "dateOfBirth", existing.dateOfBirth(), candidate.dateOfBirth());
		differ(differences, "sex", existing.sex(), candidate.sex());
		differ(differences, "nhsNumber", existing.nhsNumber(), candidate.nhsNumber());
		differ(differences, "upn", existing.upn(), candidate.upn());
		differ(differences, "currentAddress", existing.currentAddress(), candidate.currentAddress());
		return new Comparison(existing, candidate, differences);
	}

	private static void differ(List<String> differences, String field, Object a, Object b) {
		if (!Objects.equals(a, b)) {
			differences.add(field);
		}
	}

	private Side side(UUID personId) {
		SourceRecord source = records.sourceRecords(personId)
			.stream()
			.filter(s -> s.person().id().equals(personId))
			.findFirst()
			.orElseThrow();
		Person p = source.person();
		String address = source.addresses()
			.stream()
			.filter(Address::isCurrent)
			.map(Address::oneLine)
			.findFirst()
			.orElse(null);
		return new Side(p.id(), source.recordedBy(), p.givenName(), p.familyName(), p.dateOfBirth(), p.sex().label(),
				p.formattedNhsNumber(), p.upn(), address,
				source.otherNames().stream().map(OtherName::fullName).toList());
	}

}
