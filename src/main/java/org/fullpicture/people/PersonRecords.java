package org.fullpicture.people;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.linkage.Identities;
import org.fullpicture.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The record of a person assembled across every record merged into theirs, and each of
 * those source records with who recorded it.
 */
@Service
public class PersonRecords {

	private final JdbcClient db;

	private final People people;

	private final FamilyNetwork familyNetwork;

	private final Identities identities;

	private final Practitioners practitioners;

	private final Agencies agencies;

	PersonRecords(JdbcClient db, People people, FamilyNetwork familyNetwork, Identities identities,
			Practitioners practitioners, Agencies agencies) {
		this.db = db;
		this.people = people;
		this.familyNetwork = familyNetwork;
		this.identities = identities;
		this.practitioners = practitioners;
		this.agencies = agencies;
	}

	/**
	 * The whole record of the person, across every record merged into theirs; {@code id}
	 * may be any of them.
	 */
	public PersonRecord record(UUID id) {
		UUID root = identities.rootOf(id);
		Person person = people.get(root);
		List<SourceRecord> sources = sourceRecords(root);
		List<OtherName> names = new ArrayList<>();
		List<Address> addresses = new ArrayList<>();
		for (SourceRecord source : sources) {
			names.addAll(source.otherNames());
			Person p = source.person();
			if (!p.id().equals(root)
					&& !(p.givenName() + p.familyName()).equals(person.givenName() + person.familyName())) {
				names.add(new OtherName(OtherName.Kind.ALIAS, p.givenName(), p.familyName()));
			}
			addresses.addAll(source.addresses());
		}
		addresses.sort(java.util.Comparator.comparing(Address::isCurrent)
			.reversed()
			.thenComparing(Address::from, java.util.Comparator.reverseOrder()));
		List<EducationPlacement> education = sources.stream()
			.flatMap(s -> people.education(s.person().id()).stream())
			.sorted(java.util.Comparator.comparing(EducationPlacement::isCurrent)
				.reversed()
				.thenComparing(EducationPlacement::from, java.util.Comparator.reverseOrder()))
			.toList();
		return new PersonRecord(person, List.copyOf(names), List.copyOf(addresses), education, familyNetwork.of(root),
				sources);
	}

	/** Each record of the same person with who recorded it, the root first. */
	public List<SourceRecord> sourceRecords(UUID id) {
		Map<UUID, org.fullpicture.linkage.IdentityLink> links = new java.util.HashMap<>();
		Set<UUID> group = identities.sameAs(id);
		identities.linksWithin(group).forEach(l -> links.put(l.mergedId(), l));
		List<SourceRecord> sources = new ArrayList<>();
		for (UUID member : group) {
			// the record and who created it in one read
			Created created = db
				.sql("SELECT " + People.PERSON_COLUMNS + ", p.created_at, p.created_by FROM person p WHERE p.id = ?")
				.param(member)
				.query((rs, row) -> new Created(People.person(rs, row),
						rs.getObject("created_at", OffsetDateTime.class).toInstant(),
						rs.getObject("created_by", UUID.class)))
				.optional()
				.orElseThrow(() -> new NotFound("Person " + member));
			String recordedBy = practitioners.find(created.by())
				.flatMap(p -> agencies.find(p.agencyId()))
				.map(Agency::name)
				.orElse("Unknown agency");
			var link = links.get(member);
			sources.add(new SourceRecord(created.person(), recordedBy, created.at(), link == null ? null : link.id(),
					link == null ? null : link.reason(), people.otherNames(member), people.addresses(member)));
		}
		return sources;
	}

	private record Created(Person person, java.time.Instant at, UUID by) {
	}

}
