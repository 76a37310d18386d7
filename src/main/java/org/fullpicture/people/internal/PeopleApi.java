package org.fullpicture.people.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.AuditAction;
import org.fullpicture.access.AuditTrail;
import org.fullpicture.access.InvolvementGrants;
import org.fullpicture.access.BreakGlass;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.Grounds;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.Involvement;
import org.fullpicture.agencies.InvolvementBasis;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.linkage.Identities;
import org.fullpicture.linkage.LinkageModel;
import org.fullpicture.people.MatchCandidate;
import org.fullpicture.people.PersonIntake;
import org.fullpicture.people.PersonMatching;
import org.fullpicture.people.Address;
import org.fullpicture.people.SourceRecord;
import org.fullpicture.people.EducationPlacement;
import org.fullpicture.people.NewPerson;
import org.fullpicture.people.OtherName;
import org.fullpicture.people.People;
import org.fullpicture.people.FamilyNetwork;
import org.fullpicture.people.PersonRecords;
import org.fullpicture.people.Person;
import org.fullpicture.people.PersonRecord;
import org.fullpicture.people.RelationshipType;
import org.fullpicture.shared.DateRange;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people")
class PeopleApi {

	record Created(UUID id) {
	}

	/**
	 * What recording a person did: made a new record, made one and queued a possible
	 * match, or used an existing one.
	 */
	record Recorded(UUID id, PersonIntake.Outcome outcome, String message, List<CandidateBody> candidates) {
	}

	record CandidateBody(UUID id, String givenName, String familyName, LocalDate dateOfBirth, double probability,
			String decision, List<LinkageModel.Reason> reasons) {

		static CandidateBody of(MatchCandidate c) {
			Person p = c.person();
			return new CandidateBody(p.id(), p.givenName(), p.familyName(), p.dateOfBirth(), c.probability(),
					c.decision().name(), c.reasons());
		}

	}

	record Matches(List<CandidateBody> candidates) {
	}

	record Match(UUID id, String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDeliveryDate) {

		static Match of(Person p) {
			return new Match(p.id(), p.givenName(), p.familyName(), p.dateOfBirth(), p.expectedDeliveryDate());
		}

	}

	record AgencyContact(UUID agencyId, String agency, String agencyType, String safeguardingContact, String email,
			String phone) {

		static AgencyContact of(Agency a) {
			return new AgencyContact(a.id(), a.name(), a.type().label(), a.safeguardingContact(), a.safeguardingEmail(),
					a.safeguardingPhone());
		}

	}

	record KnownTo(String access, UUID id, String givenName, String familyName, LocalDate dateOfBirth,
			LocalDate expectedDeliveryDate, List<AgencyContact> involvedAgencies) {
	}

	record InvolvementBody(UUID id, AgencyContact agency, UUID practitionerId, String practitioner, LocalDate from,
			LocalDate to, String reason, InvolvementBasis basis, UUID recordedBy, Instant recordedAt) {

		static InvolvementBody of(Involvement i) {
			return new InvolvementBody(i.id(), AgencyContact.of(i.agency()), i.practitionerId(), i.practitionerName(),
					i.from(), i.to(), i.reason(), i.basis(), i.recordedBy(), i.recordedAt());
		}

	}

	record FamilyMemberBody(UUID id, String name, LocalDate dateOfBirth, String relationship, boolean inHousehold) {
	}

	record Full(String access, String grounds, UUID id, String givenName, String familyName, List<OtherName> otherNames,
			LocalDate dateOfBirth, LocalDate expectedDeliveryDate, String sex, String nhsNumber, String upn,
			List<Address> addresses, List<EducationPlacement> education, List<FamilyMemberBody> familyNetwork,
			List<InvolvementBody> involvements, List<SourceBody> sourceRecords) {
	}

	/** One agency's record of the person, with where it came from. */
	record SourceBody(UUID id, String recordedBy, Instant recordedAt, String givenName, String familyName,
			LocalDate dateOfBirth, String nhsNumber, String upn, List<OtherName> otherNames, List<Address> addresses,
			UUID mergeId) {

		static SourceBody of(SourceRecord s) {
			Person p = s.person();
			return new SourceBody(p.id(), s.recordedBy(), s.recordedAt(), p.givenName(), p.familyName(),
					p.dateOfBirth(), p.formattedNhsNumber(), p.upn(), s.otherNames(), s.addresses(), s.linkId());
		}

	}

	record NewInvolvement(UUID agencyId, UUID practitionerId, LocalDate from, LocalDate to, String reason) {
	}

	record NewRelationship(UUID personId, RelationshipType type) {
	}

	record BreakGlassRequest(String reason) {
	}

	private final People people;

	private final FamilyNetwork familyNetwork;

	private final PersonRecords records;

	private final Involvements involvements;

	private final RecordAccess access;

	private final BreakGlass breakGlass;

	private final AccessPolicy policy;

	private final Identities identities;

	private final PersonIntake intake;

	private final PersonMatching matching;

	private final InvolvementGrants grants;

	private final AuditTrail audit;

	PeopleApi(People people, FamilyNetwork familyNetwork, PersonRecords records, Involvements involvements,
			RecordAccess access, BreakGlass breakGlass, AccessPolicy policy, Identities identities, PersonIntake intake,
			PersonMatching matching, InvolvementGrants grants, AuditTrail audit) {
		this.grants = grants;
		this.audit = audit;
		this.intake = intake;
		this.matching = matching;
		this.identities = identities;
		this.policy = policy;
		this.people = people;
		this.familyNetwork = familyNetwork;
		this.records = records;
		this.involvements = involvements;
		this.access = access;
		this.breakGlass = breakGlass;
	}

	@PostMapping
	ResponseEntity<Recorded> create(@RequestBody NewPerson input) {
		PersonIntake.Intake done = intake.record(input, CurrentPractitioner.get(), "API");
		access.listed(done.candidates().stream().map(c -> c.person().id()).toList(), AuditAction.LISTED_IN_SEARCH,
				Channel.API);
		Recorded body = new Recorded(done.person().id(), done.outcome(), done.outcome().label(),
				done.candidates().stream().map(CandidateBody::of).toList());
		URI location = URI.create("/api/v1/people/" + done.person().id());
		return done.outcome() == PersonIntake.Outcome.EXISTING_RECORD_USED
				? ResponseEntity.ok().location(location).body(body) : ResponseEntity.created(location).body(body);
	}

	/** Who this might already be, without recording anything. */
	@PostMapping("/matches")
	Matches matches(@RequestBody NewPerson input) {
		List<FieldProblem> problems = people.problemsWith(input);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		List<MatchCandidate> candidates = matching.candidates(input);
		access.listed(candidates.stream().map(c -> c.person().id()).toList(), AuditAction.LISTED_IN_SEARCH,
				Channel.API);
		return new Matches(candidates.stream().map(CandidateBody::of).toList());
	}

	@GetMapping("/{id}")
	Object get(@PathVariable UUID id) {
		// a record merged into another answers as the person it now belongs to; an
		// unknown id is its own root
		UUID root = identities.rootOf(id);
		Person person = people.get(root);
		Grounds grounds = access.open(root, Channel.API);
		Set<UUID> sameAs = identities.sameAs(root);
		List<Involvement> involved = involvements.activeOfAny(sameAs);
		if (!grounds.isFull()) {
			return new KnownTo("known-to", root, person.givenName(), person.familyName(), person.dateOfBirth(),
					person.expectedDeliveryDate(),
					involved.stream().map(i -> AgencyContact.of(i.agency())).distinct().toList());
		}
		PersonRecord record = records.record(root);
		return new Full("full", grounds.name(), root, person.givenName(), person.familyName(), record.otherNames(),
				person.dateOfBirth(), person.expectedDeliveryDate(), person.sex().name(), person.formattedNhsNumber(),
				person.upn(), record.addresses(), record.education(),
				record.familyNetwork()
					.stream()
					.map(m -> new FamilyMemberBody(m.person().id(), m.person().fullName(), m.person().dateOfBirth(),
							m.relationship(), m.inHousehold()))
					.toList(),
				involvements.ofAny(sameAs).stream().map(InvolvementBody::of).toList(),
				record.sourceRecords().stream().map(SourceBody::of).toList());
	}

	@GetMapping
	List<Match> search(@RequestParam(required = false) String nhsNumber, @RequestParam(required = false) String upn,
			@RequestParam(required = false) String givenName, @RequestParam(required = false) String familyName,
			@RequestParam(required = false) LocalDate dateOfBirth) {
		List<Person> found;
		if (nhsNumber != null) {
			found = people.findByNhsNumber(nhsNumber).stream().toList();
		}
		else if (upn != null) {
			found = people.findByUpn(upn).stream().toList();
		}
		else if (familyName == null || familyName.isBlank() || dateOfBirth == null) {
			throw new InvalidInput("familyName",
					"Search by nhsNumber, by upn, or by familyName and dateOfBirth together");
		}
		else {
			DateRange.require("dateOfBirth", dateOfBirth, DateRange.EARLIEST, DateRange.LATEST, null, "Date of birth");
			found = people.findByNameAndDateOfBirth(givenName, familyName, dateOfBirth);
		}
		// each person once, as the record that speaks for them
		List<UUID> roots = found.stream().map(p -> identities.rootOf(p.id())).distinct().toList();
		access.listed(roots, AuditAction.LISTED_IN_SEARCH, Channel.API);
		return roots.stream().map(people::get).map(Match::of).toList();
	}

	/**
	 * The MASH and managers allocate any agency; anyone else declares their own agency,
	 * with a reason, for review.
	 */
	@PostMapping("/{id}/involvements")
	ResponseEntity<InvolvementBody> involve(@PathVariable UUID id, @RequestBody NewInvolvement input) {
		people.get(id);
		Involvement added = grants.start(CurrentPractitioner.get(), id, input.agencyId(), input.practitionerId(),
				input.from(), input.to(), input.reason(), Channel.API);
		return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(InvolvementBody.of(added));
	}

	record EndInvolvement(LocalDate to) {
	}

	@PostMapping("/{id}/involvements/{involvementId}/end")
	InvolvementBody endInvolvement(@PathVariable UUID id, @PathVariable UUID involvementId,
			@RequestBody EndInvolvement request) {
		Involvement involvement = involvements.get(involvementId);
		if (!identities.sameAs(id).contains(involvement.personId())) {
			throw new NotFound("Involvement " + involvementId + " of this person");
		}
		return InvolvementBody.of(grants.end(CurrentPractitioner.get(), involvement, request.to(), Channel.API));
	}

	@Transactional // the change and its audit row commit together
	@PostMapping("/{id}/relationships")
	ResponseEntity<Created> relate(@PathVariable UUID id, @RequestBody NewRelationship input) {
		// a relationship tells each person's record about the other: it needs grounds on
		// both
		Grounds grounds = requireFullAccess(id);
		if (input.personId() == null) {
			throw new InvalidInput("personId", "Choose the related person");
		}
		Grounds otherGrounds = requireFullAccess(input.personId());
		UUID relationship = familyNetwork.relate(input.personId(), id, input.type(), me().id());
		audit.recordChange(me().id(), AuditAction.RECORDED_RELATIONSHIP, id, grounds, null, Channel.API);
		audit.recordChange(me().id(), AuditAction.RECORDED_RELATIONSHIP, input.personId(), otherGrounds, null,
				Channel.API);
		return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(new Created(relationship));
	}

	@Transactional
	@PostMapping("/{id}/addresses")
	ResponseEntity<Void> move(@PathVariable UUID id, @RequestBody NewPerson.NewAddress address) {
		Grounds grounds = requireFullAccess(id);
		people.moveTo(id, address, me().id());
		audit.recordChange(me().id(), AuditAction.RECORDED_ADDRESS, id, grounds, null, Channel.API);
		return ResponseEntity.noContent().build();
	}

	record SchoolMove(UUID settingId, LocalDate from) {
	}

	/**
	 * A change of school, college or early years setting: the current placement ends, the
	 * history stays.
	 */
	@Transactional
	@PostMapping("/{id}/education")
	ResponseEntity<Void> changeSetting(@PathVariable UUID id, @RequestBody SchoolMove move) {
		Grounds grounds = requireFullAccess(id);
		if (move.settingId() == null) {
			throw new InvalidInput("settingId", "Choose a school, college or early years setting");
		}
		people.changeEducationSetting(id, move.settingId(), move.from(), me().id());
		audit.recordChange(me().id(), AuditAction.RECORDED_EDUCATION, id, grounds, null, Channel.API);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/break-glass")
	ResponseEntity<Void> breakGlass(@PathVariable UUID id, @RequestBody BreakGlassRequest request) {
		people.get(id);
		breakGlass.grant(CurrentPractitioner.get(), id, request.reason(), Channel.API);
		return ResponseEntity.noContent().build();
	}

	private static Practitioner me() {
		return CurrentPractitioner.get();
	}

	private Grounds requireFullAccess(UUID id) {
		people.get(id);
		Grounds grounds = policy.groundsFor(me(), id);
		if (!grounds.isFull()) {
			throw new AccessDeniedException("Your agency is not involved with this person");
		}
		return grounds;
	}

}
