package org.fullpicture.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fullpicture.linkage.Identities;
import org.fullpicture.linkage.LinkageAddress;
import org.fullpicture.linkage.LinkageModel;
import org.fullpicture.linkage.LinkageModels;
import org.fullpicture.linkage.LinkageRecord;
import org.fullpicture.linkage.LinkageSex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Looks for existing records of the person being recorded: candidates are chosen in SQL
 * by blocking rules (identifiers, date of birth with day and month either way, how the
 * family name sounds and year of birth, family name, postcode and first initial), then
 * scored by the linkage model.
 */
@Service
public class PersonMatching {

	private static final int MAX_CANDIDATES = 500;

	private static final Pattern HOUSE_NUMBER = Pattern.compile("^\\s*(\\d+[a-zA-Z]?)\\s+(.*)$");

	private final JdbcClient db;

	private final People people;

	private final Identities identities;

	private final LinkageModels models;

	PersonMatching(JdbcClient db, People people, Identities identities, LinkageModels models) {
		this.db = db;
		this.people = people;
		this.identities = identities;
		this.models = models;
	}

	/**
	 * Existing people who may be this one, at or above the review threshold, most likely
	 * first.
	 */
	public List<MatchCandidate> candidates(NewPerson input) {
		List<UUID> ids = candidateIds(input);
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Person> found = people.findAll(ids);
		List<LinkageRecord> records = linkageRecords(found, identities.sameAsEach(ids));
		List<MatchCandidate> candidates = new ArrayList<>();
		for (LinkageModel.Scored scored : models.current().score(record(input), records)) {
			if (scored.decision() != null) {
				candidates.add(new MatchCandidate(found.get(scored.candidate()), scored.matchProbability(),
						scored.decision(), scored.reasons()));
			}
		}
		return candidates;
	}

	private List<UUID> candidateIds(NewPerson input) {
		// an equal NHS number or UPN is always a candidate, however many others the rules
		// below find
		List<UUID> ids = new ArrayList<>(sameIdentifier(input));
		StringBuilder sql = new StringBuilder("SELECT id FROM person WHERE 1 = 0");
		Map<String, Object> params = new HashMap<>();
		LocalDate dob = input.dateOfBirth() != null ? input.dateOfBirth() : input.expectedDeliveryDate();
		String family = People.nameKey(input.familyName());
		if (dob != null) {
			sql.append(" OR date_of_birth = :dob OR expected_delivery_date = :dob");
			params.put("dob", dob);
			swapped(dob).ifPresent(s -> {
				sql.append(" OR date_of_birth = :swapped");
				params.put("swapped", s);
			});
			String sound = People.nameSound(input.familyName());
			if (sound != null) {
				// a misspelt family name ('Smyth') with a mistyped birth date in the same
				// year
				sql.append(" OR (family_name_sound = :sound AND date_of_birth BETWEEN :yearStart AND :yearEnd)");
				sql.append(" OR (id IN (SELECT person_id FROM person_other_name WHERE family_name_sound = :sound)"
						+ " AND date_of_birth BETWEEN :yearStart AND :yearEnd)");
				params.put("sound", sound);
				params.put("yearStart", LocalDate.of(dob.getYear(), 1, 1));
				params.put("yearEnd", LocalDate.of(dob.getYear(), 12, 31));
			}
		}
		else if (!family.isEmpty()) {
			sql.append(" OR family_name_key = :family");
			params.put("family", family);
		}
		if (!family.isEmpty()) {
			sql.append(" OR id IN (SELECT person_id FROM person_other_name WHERE family_name_key = :family)");
			params.put("family", family);
		}
		String initial = People.nameKey(input.givenName());
		if (input.address() != null && input.address().postcode() != null && !initial.isEmpty()) {
			sql.append(" OR id IN (SELECT a.person_id FROM address a JOIN person p ON p.id = a.person_id"
					+ " WHERE a.postcode = :postcode AND LOWER(SUBSTRING(p.given_name, 1, 1)) = :initial)");
			params.put("postcode", Postcode.normalise(input.address().postcode()));
			params.put("initial", initial.substring(0, 1));
		}
		if (!params.isEmpty()) {
			ids.addAll(db.sql(sql + " ORDER BY id LIMIT " + MAX_CANDIDATES).params(params).query(UUID.class).list());
		}
		if (ids.isEmpty()) {
			return List.of();
		}
		// each person once, as the record that speaks for them: one query per level of
		// merging, not per candidate
		return identities.rootsOf(ids).values().stream().distinct().toList();
	}

	private List<UUID> sameIdentifier(NewPerson input) {
		StringBuilder sql = new StringBuilder("SELECT id FROM person WHERE 1 = 0");
		Map<String, Object> params = new HashMap<>();
		NhsNumber.normalise(input.nhsNumber()).ifPresent(nhs -> {
			sql.append(" OR nhs_number = :nhs");
			params.put("nhs", nhs);
		});
		Upn.normalise(input.upn()).ifPresent(upn -> {
			sql.append(" OR upn = :upn");
			params.put("upn", upn);
		});
		return params.isEmpty() ? List.of() : db.sql(sql.toString()).params(params).query(UUID.class).list();
	}

	private static java.util.Optional<LocalDate> swapped(LocalDate dob) {
		if (dob.getDayOfMonth() > 12 || dob.getDayOfMonth() == dob.getMonthValue()) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()));
		}
		catch (java.time.DateTimeException ex) {
			return java.util.Optional.empty();
		}
	}

	LinkageRecord record(NewPerson input) {
		List<LinkageAddress> addresses = input.address() == null ? List.of()
				: List.of(address(input.address().line1(), input.address().town(), input.address().postcode()));
		return new LinkageRecord("new", input.givenName(),
				input.otherNames().stream().map(OtherName::givenName).toList(), input.familyName(),
				input.dateOfBirth() != null ? input.dateOfBirth() : input.expectedDeliveryDate(), sex(input.sex()),
				NhsNumber.normalise(input.nhsNumber()).orElse(null), Upn.normalise(input.upn()).orElse(null),
				addresses);
	}

	/**
	 * People as the linkage sees them: each with the other given names and every address
	 * of every record merged into theirs ({@code members}, by root). Read in three
	 * queries however many people, since this runs on every create.
	 */
	private List<LinkageRecord> linkageRecords(List<Person> roots, Map<UUID, Set<UUID>> members) {
		Set<UUID> all = new HashSet<>();
		members.values().forEach(all::addAll);
		Map<UUID, List<LinkageAddress>> addresses = new HashMap<>();
		db.sql("SELECT person_id, line1, town, postcode FROM address WHERE person_id IN (:ids)")
			.param("ids", all)
			.query(rs -> {
				addresses.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new ArrayList<>())
					.add(address(rs.getString("line1"), rs.getString("town"), rs.getString("postcode")));
			});
		Map<UUID, List<String>> otherGiven = new HashMap<>();
		db.sql("SELECT person_id, given_name FROM person_other_name WHERE person_id IN (:ids)")
			.param("ids", all)
			.query(rs -> {
				otherGiven.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new ArrayList<>())
					.add(rs.getString("given_name"));
			});
		Set<UUID> rootIds = roots.stream().map(Person::id).collect(Collectors.toSet());
		Map<UUID, String> mergedGiven = people.findAll(all.stream().filter(id -> !rootIds.contains(id)).toList())
			.stream()
			.collect(Collectors.toMap(Person::id, Person::givenName));
		List<LinkageRecord> records = new ArrayList<>();
		for (Person person : roots) {
			List<String> given = new ArrayList<>();
			List<LinkageAddress> lived = new ArrayList<>();
			for (UUID member : members.getOrDefault(person.id(), Set.of(person.id()))) {
				given.addAll(otherGiven.getOrDefault(member, List.of()));
				if (mergedGiven.containsKey(member)) {
					given.add(mergedGiven.get(member));
				}
				lived.addAll(addresses.getOrDefault(member, List.of()));
			}
			records.add(new LinkageRecord(person.id().toString(), person.givenName(), given, person.familyName(),
					person.dateOfBirth() != null ? person.dateOfBirth() : person.expectedDeliveryDate(),
					sex(person.sex()), person.nhsNumber(), person.upn(), lived));
		}
		return records;
	}

	static LinkageAddress address(String line1, String town, String postcode) {
		Matcher m = HOUSE_NUMBER.matcher(line1 == null ? "" : line1);
		return m.matches() ? new LinkageAddress(m.group(1), m.group(2), null, town, postcode)
				: new LinkageAddress(null, line1, null, town, postcode);
	}

	private static LinkageSex sex(Sex sex) {
		if (sex == null) {
			return LinkageSex.UNKNOWN;
		}
		return switch (sex) {
			case FEMALE -> LinkageSex.FEMALE;
			case MALE -> LinkageSex.MALE;
			default -> LinkageSex.UNKNOWN;
		};
	}

	/**
	 * A sample of the index, for fitting the model: a bounded sample keeps the fit within
	 * a small heap however large the index grows, and EM learns as well from it. Ids are
	 * random, so the first by id are an unbiased sample, and the same index gives the
	 * same sample, hence the same model.
	 */
	public List<LinkageRecord> sampleOfIndex(int most) {
		List<UUID> sample = db.sql("SELECT id FROM person ORDER BY id LIMIT ?").param(most).query(UUID.class).list();
		if (sample.isEmpty()) {
			return List.of();
		}
		// each record on its own: the model learns from records as agencies hold them,
		// merged or not
		return linkageRecords(people.findAll(sample),
				sample.stream().collect(Collectors.toMap(id -> id, id -> Set.of(id))));
	}

}
