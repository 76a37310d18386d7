package org.fullpicture.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.Characters;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.DateRange;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.MaxLength;
import org.fullpicture.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks people up and records them, their addresses and their schools. The record
 * assembled across merges is {@link PersonRecords}'s; relationships and households are
 * {@link FamilyNetwork}'s.
 */
@Service
public class People {

	static final String PERSON_COLUMNS = "p.id, p.given_name, p.family_name, p.date_of_birth, "
			+ "p.expected_delivery_date, p.sex, p.nhs_number, p.upn";

	// its only state is a code length never changed here, so one instance serves every
	// thread (commons-codec)
	private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

	private final JdbcClient db;

	private final Agencies agencies;

	private final Clock clock;

	private final Practitioners practitioners;

	private final Involvements involvements;

	People(JdbcClient db, Agencies agencies, Clock clock, Practitioners practitioners, Involvements involvements) {
		this.involvements = involvements;
		this.practitioners = practitioners;
		this.db = db;
		this.agencies = agencies;
		this.clock = clock;
	}

	/**
	 * Lower case, accents, spaces and punctuation gone: "O'Brien-Smyth" and "obrien
	 * smyth" share a key.
	 */
	public static String nameKey(String name) {
		String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
	}

	/**
	 * How a family name sounds (Double Metaphone), so that looking for existing records
	 * finds 'Smyth' for 'Smith'; null for a name with no letters.
	 */
	public static String nameSound(String name) {
		String sound = METAPHONE.doubleMetaphone(nameKey(name));
		return (sound == null || sound.isEmpty()) ? null : sound;
	}

	@Transactional
	public Person create(NewPerson input, UUID createdBy) {
		List<FieldProblem> problems = problemsWith(input);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return createChecked(input, createdBy);
	}

	/**
	 * {@link #create} for input already found sound by {@link #problemsWith}, as intake
	 * does before matching.
	 */
	@Transactional
	Person createChecked(NewPerson input, UUID createdBy) {
		String nhs = blank(input.nhsNumber()) ? null : NhsNumber.normalise(input.nhsNumber()).orElseThrow();
		String upn = blank(input.upn()) ? null : Upn.normalise(input.upn()).orElseThrow();
		if (nhs != null) {
			findByNhsNumber(nhs).ifPresent(existing -> {
				throw new Conflict("nhsNumber",
						NhsNumber.format(nhs) + " is already recorded for another person (" + existing.id() + ")");
			});
		}
		if (upn != null) {
			findByUpn(upn).ifPresent(existing -> {
				throw new Conflict("upn", upn + " is already recorded for another person (" + existing.id() + ")");
			});
		}
		UUID id = UUID.randomUUID();
		db.sql("""
				INSERT INTO person (id, given_name, family_name, family_name_key, family_name_sound, date_of_birth,
				                    expected_delivery_date, sex, nhs_number, upn, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, input.givenName().strip(), input.familyName().strip(), nameKey(input.familyName()),
					nameSound(input.familyName()), input.dateOfBirth(), input.expectedDeliveryDate(),
					(input.sex() == null ? Sex.NOT_KNOWN : input.sex()).name(), nhs, upn, OffsetDateTime.now(clock),
					createdBy)
			.update();
		for (OtherName other : input.otherNames()) {
			db.sql("""
					INSERT INTO person_other_name (id, person_id, kind, given_name, family_name, family_name_key,
					                               family_name_sound)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), id, other.kind().name(), other.givenName().strip(),
						other.familyName().strip(), nameKey(other.familyName()), nameSound(other.familyName()))
				.update();
		}
		if (input.address() != null) {
			insertAddress(id, input.address(), createdBy);
		}
		if (input.educationSettingId() != null) {
			insertPlacement(id, input.educationSettingId(), LocalDate.now(clock), createdBy);
		}
		return get(id);
	}

	public List<FieldProblem> problemsWith(NewPerson input) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		requireName(problems, "givenName", input.givenName(), "given name");
		requireName(problems, "familyName", input.familyName(), "family name");
		if (input.dateOfBirth() == null && input.expectedDeliveryDate() == null) {
			problems.add(new FieldProblem("dateOfBirth",
					"Enter a date of birth, or an expected date of delivery for an unborn child"));
		}
		if (input.dateOfBirth() != null && input.expectedDeliveryDate() != null) {
			problems.add(new FieldProblem("expectedDeliveryDate",
					"Enter a date of birth or an expected date of delivery, not both"));
		}
		DateRange.problem("dateOfBirth", input.dateOfBirth(), DateRange.EARLIEST, today, today, "Date of birth")
			.ifPresent(problems::add);
		DateRange
			.problem("expectedDeliveryDate", input.expectedDeliveryDate(), today.minusMonths(1), today.plusMonths(10),
					today, "Expected date of delivery")
			.ifPresent(problems::add);
		if (!blank(input.nhsNumber())) {
			NhsNumber.problemWith(input.nhsNumber()).ifPresent(m -> problems.add(new FieldProblem("nhsNumber", m)));
		}
		if (!blank(input.upn())) {
			Upn.problemWith(input.upn()).ifPresent(m -> problems.add(new FieldProblem("upn", m)));
		}
		for (int i = 0; i < input.otherNames().size(); i++) {
			OtherName other = input.otherNames().get(i);
			if (other == null) {
				problems.add(new FieldProblem("otherNames[" + i + "]", "Enter the other name, or leave it out"));
				continue;
			}
			if (other.kind() == null) {
				problems.add(new FieldProblem("otherNames[" + i + "].kind", "Choose alias, known as or previous name"));
			}
			requireName(problems, "otherNames[" + i + "].givenName", other.givenName(), "given name");
			requireName(problems, "otherNames[" + i + "].familyName", other.familyName(), "family name");
		}
		if (input.address() != null) {
			addressProblems(input.address(), "address.", problems);
		}
		if (input.educationSettingId() != null
				&& agencies.find(input.educationSettingId()).filter(a -> a.type().isEducationSetting()).isEmpty()) {
			problems.add(new FieldProblem("educationSettingId", "Choose a school, college or early years setting"));
		}
		return problems;
	}

	private void addressProblems(NewPerson.NewAddress address, String prefix, List<FieldProblem> problems) {
		if (blank(address.line1())) {
			problems.add(new FieldProblem(prefix + "line1", "Enter the first line of the address"));
		}
		else {
			MaxLength.problem(prefix + "line1", address.line1(), 200, "Address line 1").ifPresent(problems::add);
		}
		MaxLength.problem(prefix + "line2", address.line2(), 200, "Address line 2").ifPresent(problems::add);
		MaxLength.problem(prefix + "town", address.town(), 100, "Town").ifPresent(problems::add);
		Postcode.problemWith(address.postcode()).ifPresent(m -> problems.add(new FieldProblem(prefix + "postcode", m)));
		LocalDate today = LocalDate.now(clock);
		DateRange.problem(prefix + "from", address.from(), DateRange.EARLIEST, today, today, "The date they moved in")
			.ifPresent(problems::add);
	}

	private static void requireName(List<FieldProblem> problems, String field, String value, String what) {
		if (blank(value)) {
			problems.add(new FieldProblem(field, "Enter a " + what));
		}
		else if (Characters.isInvisible(value)) {
			problems.add(new FieldProblem(field, "Enter a " + what
					+ " with letters: this one is only invisible characters (such as zero-width or direction marks)"));
		}
		else {
			MaxLength.problem(field, value.strip(), 100, "The " + what).ifPresent(problems::add);
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** A move: the current address ends the day before the new one starts. */
	@Transactional
	public void moveTo(UUID personId, NewPerson.NewAddress address, UUID recordedBy) {
		get(personId);
		List<FieldProblem> problems = new ArrayList<>();
		addressProblems(address, "", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		LocalDate from = address.from() == null ? LocalDate.now(clock) : address.from();
		db.sql("UPDATE address SET to_date = ? WHERE person_id = ? AND to_date IS NULL")
			.params(from.minusDays(1), personId)
			.update();
		insertAddress(personId, address, recordedBy);
	}

	private void insertAddress(UUID personId, NewPerson.NewAddress address, UUID recordedBy) {
		String postcode = Postcode.normalise(address.postcode());
		db.sql("""
				INSERT INTO address (id, person_id, line1, line2, town, postcode, address_key, from_date, recorded_by,
				    recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), personId, address.line1().strip(), address.line2(), address.town(), postcode,
					addressKey(address.line1(), postcode),
					address.from() == null ? LocalDate.now(clock) : address.from(), recordedBy,
					OffsetDateTime.now(clock))
			.update();
	}

	/**
	 * What makes two address rows the same home; public so bulk loaders key addresses as
	 * this class does.
	 */
	public static String addressKey(String line1, String postcode) {
		return (line1.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "|" + postcode.replace(" ", ""));
	}

	/**
	 * A change of school: the current placement ends the day before the new one starts,
	 * and the new setting (its safeguarding lead, when it has one) becomes involved with
	 * the child.
	 */
	@Transactional
	public void changeEducationSetting(UUID personId, UUID settingId, LocalDate from, UUID recordedBy) {
		get(personId);
		Agency setting = agencies.find(settingId)
			.filter(a -> a.type().isEducationSetting())
			.orElseThrow(() -> new InvalidInput("settingId", "Choose a school, college or early years setting"));
		LocalDate today = LocalDate.now(clock);
		// a place may be arranged ahead, but not years ahead
		DateRange.require("from", from, DateRange.EARLIEST, today.plusYears(1), today, "The start date");
		LocalDate start = from == null ? today : from;
		education(personId).stream().filter(EducationPlacement::isCurrent).findFirst().ifPresent(current -> {
			if (!start.isAfter(current.from())) {
				throw new InvalidInput("from",
						"The new setting must start after the current one did, on " + current.from());
			}
		});
		db.sql("UPDATE education_placement SET to_date = ? WHERE person_id = ? AND to_date IS NULL")
			.params(start.minusDays(1), personId)
			.update();
		insertPlacement(personId, setting.id(), start, recordedBy);
		involvements.startByWorkflow(personId, setting.id(),
				practitioners.safeguardingLeadOf(setting.id()).map(Practitioner::id).orElse(null),
				"Placed at the setting", recordedBy);
	}

	private void insertPlacement(UUID personId, UUID settingId, LocalDate from, UUID recordedBy) {
		db.sql("""
				INSERT INTO education_placement (id, person_id, agency_id, from_date, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), personId, settingId, from, recordedBy, OffsetDateTime.now(clock))
			.update();
	}

	public Optional<Person> find(UUID id) {
		return db.sql("SELECT " + PERSON_COLUMNS + " FROM person p WHERE p.id = ?")
			.param(id)
			.query(People::person)
			.optional();
	}

	public Person get(UUID id) {
		return find(id).orElseThrow(() -> new NotFound("Person " + id));
	}

	public List<Person> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, Person> byId = new LinkedHashMap<>();
		db.sql("SELECT " + PERSON_COLUMNS + " FROM person p WHERE p.id IN (:ids)")
			.param("ids", ids)
			.query(People::person)
			.list()
			.forEach(p -> byId.put(p.id(), p));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	public Optional<Person> findByNhsNumber(String nhsNumber) {
		return NhsNumber.normalise(nhsNumber)
			.flatMap(n -> db.sql("SELECT " + PERSON_COLUMNS + " FROM person p WHERE p.nhs_number = ?")
				.param(n)
				.query(People::person)
				.optional());
	}

	public Optional<Person> findByUpn(String upn) {
		return Upn.normalise(upn)
			.flatMap(u -> db.sql("SELECT " + PERSON_COLUMNS + " FROM person p WHERE p.upn = ?")
				.param(u)
				.query(People::person)
				.optional());
	}

	/**
	 * By family name (or any other family name they have been known by) and date of
	 * birth.
	 */
	public List<Person> findByNameAndDateOfBirth(String givenName, String familyName, LocalDate dateOfBirth) {
		String key = nameKey(familyName);
		List<Person> found = db
			.sql("SELECT " + PERSON_COLUMNS + " FROM person p WHERE p.family_name_key = ? "
					+ "AND (p.date_of_birth = ? OR p.expected_delivery_date = ?) UNION SELECT " + PERSON_COLUMNS
					+ " FROM person p JOIN person_other_name o ON o.person_id = p.id WHERE o.family_name_key = ? "
					+ "AND (p.date_of_birth = ? OR p.expected_delivery_date = ?) ORDER BY given_name LIMIT 50")
			.params(key, dateOfBirth, dateOfBirth, key, dateOfBirth, dateOfBirth)
			.query(People::person)
			.list();
		String given = nameKey(givenName);
		if (given.isEmpty()) {
			return found;
		}
		return found.stream()
			.filter(p -> nameKey(p.givenName()).startsWith(given) || hasOtherGivenName(p, given))
			.toList();
	}

	private boolean hasOtherGivenName(Person person, String givenKey) {
		return otherNames(person.id()).stream().anyMatch(o -> nameKey(o.givenName()).startsWith(givenKey));
	}

	public List<OtherName> otherNames(UUID personId) {
		return db.sql("SELECT kind, given_name, family_name FROM person_other_name WHERE person_id = ? ORDER BY kind")
			.param(personId)
			.query((rs, row) -> new OtherName(OtherName.Kind.valueOf(rs.getString("kind")), rs.getString("given_name"),
					rs.getString("family_name")))
			.list();
	}

	public List<Address> addresses(UUID personId) {
		return db.sql("SELECT * FROM address WHERE person_id = ? ORDER BY to_date DESC NULLS FIRST, from_date DESC")
			.param(personId)
			.query((rs, row) -> new Address(rs.getObject("id", UUID.class), rs.getString("line1"),
					rs.getString("line2"), rs.getString("town"), rs.getString("postcode"),
					rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class)))
			.list();
	}

	public List<EducationPlacement> education(UUID personId) {
		record Placement(UUID id, UUID agencyId, LocalDate from, LocalDate to) {
		}
		List<Placement> placements = db
			.sql("""
					SELECT * FROM education_placement WHERE person_id = ? ORDER BY to_date DESC NULLS FIRST, from_date DESC""")
			.param(personId)
			.query((rs, row) -> new Placement(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
					rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class)))
			.list();
		Map<UUID, String> settings = agencies
			.namesOf(placements.stream().map(Placement::agencyId).collect(Collectors.toSet()));
		return placements.stream()
			.map(p -> new EducationPlacement(p.id(), p.agencyId(), settings.get(p.agencyId()), p.from(), p.to()))
			.toList();
	}

	static Person person(ResultSet rs, int row) throws SQLException {
		return new Person(rs.getObject("id", UUID.class), rs.getString("given_name"), rs.getString("family_name"),
				rs.getObject("date_of_birth", LocalDate.class), rs.getObject("expected_delivery_date", LocalDate.class),
				Sex.valueOf(rs.getString("sex")), rs.getString("nhs_number"), rs.getString("upn"));
	}

}
