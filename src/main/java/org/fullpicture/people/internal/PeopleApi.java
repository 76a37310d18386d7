package org.fullpicture.people.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.BreakGlass;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.Grounds;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.Involvement;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.Address;
import org.fullpicture.people.EducationPlacement;
import org.fullpicture.people.NewPerson;
import org.fullpicture.people.OtherName;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.people.PersonRecord;
import org.fullpicture.people.RelationshipType;
import org.fullpicture.shared.InvalidInput;
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

	record InvolvementView(UUID id, AgencyContact agency, UUID practitionerId, String practitioner, LocalDate from,
			LocalDate to, String reason) {

		static InvolvementView of(Involvement i) {
			return new InvolvementView(i.id(), AgencyContact.of(i.agency()), i.practitionerId(), i.practitionerName(),
					i.from(), i.to(), i.reason());
		}

	}

	record FamilyMemberView(UUID id, String name, LocalDate dateOfBirth, String relationship, boolean inHousehold) {
	}

	record Full(String access, String grounds, UUID id, String givenName, String familyName,
			List<OtherName> otherNames, LocalDate dateOfBirth, LocalDate expectedDeliveryDate, String sex,
			String nhsNumber, String upn, List<Address> addresses, List<EducationPlacement> education,
			List<FamilyMemberView> familyNetwork, List<InvolvementView> involvements) {
	}

	record NewInvolvement(UUID agencyId, UUID practitionerId, LocalDate from, LocalDate to, String reason) {
	}

	record NewRelationship(UUID personId, RelationshipType type) {
	}

	record BreakGlassRequest(String reason) {
	}

	private final People people;

	private final Involvements involvements;

	private final RecordAccess access;

	private final BreakGlass breakGlass;

	private final AccessPolicy policy;

	PeopleApi(People people, Involvements involvements, RecordAccess access, BreakGlass breakGlass,
			AccessPolicy policy) {
		this.policy = policy;
		this.people = people;
		this.involvements = involvements;
		this.access = access;
		this.breakGlass = breakGlass;
	}

	@PostMapping
	@Transactional
	ResponseEntity<Created> create(@RequestBody NewPerson input) {
		Practitioner me = CurrentPractitioner.get();
		Person person = people.create(input, me.id());
		involvements.ensureInvolved(List.of(person.id()), me.agencyId(), me.id(), "Recorded the person");
		return ResponseEntity.created(URI.create("/api/v1/people/" + person.id())).body(new Created(person.id()));
	}

	@GetMapping("/{id}")
	Object get(@PathVariable UUID id) {
		Person person = people.get(id);
		Grounds grounds = access.open(id, Channel.API);
		List<Involvement> involved = involvements.activeOf(id);
		if (!grounds.isFull()) {
			return new KnownTo("known-to", id, person.givenName(), person.familyName(), person.dateOfBirth(),
					person.expectedDeliveryDate(),
					involved.stream().map(i -> AgencyContact.of(i.agency())).distinct().toList());
		}
		PersonRecord record = people.record(id);
		return new Full("full", grounds.name(), id, person.givenName(), person.familyName(), record.otherNames(),
				person.dateOfBirth(), person.expectedDeliveryDate(), person.sex().name(), person.formattedNhsNumber(),
				person.upn(), record.addresses(), record.education(),
				record.familyNetwork()
					.stream()
					.map(m -> new FamilyMemberView(m.person().id(), m.person().fullName(), m.person().dateOfBirth(),
							m.relationship(), m.inHousehold()))
					.toList(),
				involvements.of(id).stream().map(InvolvementView::of).toList());
	}

	@GetMapping
	List<Match> search(@RequestParam(required = false) String nhsNumber, @RequestParam(required = false) String upn,
			@RequestParam(required = false) String givenName, @RequestParam(required = false) String familyName,
			@RequestParam(required = false) LocalDate dateOfBirth) {
		if (nhsNumber != null) {
			return people.findByNhsNumber(nhsNumber).map(Match::of).stream().toList();
		}
		if (upn != null) {
			return people.findByUpn(upn).map(Match::of).stream().toList();
		}
		if (familyName == null || familyName.isBlank() || dateOfBirth == null) {
			throw new InvalidInput("familyName",
					"Search by nhsNumber, by upn, or by familyName and dateOfBirth together");
		}
		return people.findByNameAndDateOfBirth(givenName, familyName, dateOfBirth).stream().map(Match::of).toList();
	}

	@PostMapping("/{id}/involvements")
	ResponseEntity<InvolvementView> involve(@PathVariable UUID id, @RequestBody NewInvolvement input) {
		people.get(id);
		Practitioner me = CurrentPractitioner.get();
		boolean forAnyAgency = me.has(Role.MASH) || me.has(Role.MANAGER) || me.has(Role.ADMINISTRATOR);
		if (!forAnyAgency && !me.agencyId().equals(input.agencyId())) {
			throw new AccessDeniedException("You can record involvements for your own agency only");
		}
		Involvement added = involvements.add(id, input.agencyId(), input.practitionerId(), input.from(), input.to(),
				input.reason());
		return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(InvolvementView.of(added));
	}

	@PostMapping("/{id}/relationships")
	ResponseEntity<Created> relate(@PathVariable UUID id, @RequestBody NewRelationship input) {
		if (input.personId() == null) {
			throw new InvalidInput("personId", "Choose the related person");
		}
		requireFullAccess(id);
		UUID relationship = people.relate(input.personId(), id, input.type());
		return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(new Created(relationship));
	}

	@PostMapping("/{id}/addresses")
	ResponseEntity<Void> move(@PathVariable UUID id, @RequestBody NewPerson.NewAddress address) {
		requireFullAccess(id);
		people.moveTo(id, address);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/break-glass")
	ResponseEntity<Void> breakGlass(@PathVariable UUID id, @RequestBody BreakGlassRequest request) {
		people.get(id);
		breakGlass.grant(CurrentPractitioner.get(), id, request.reason(), Channel.API);
		return ResponseEntity.noContent().build();
	}

	private void requireFullAccess(UUID id) {
		people.get(id);
		if (!policy.groundsFor(CurrentPractitioner.get(), id).isFull()) {
			throw new AccessDeniedException("Your agency is not involved with this person");
		}
	}

}
