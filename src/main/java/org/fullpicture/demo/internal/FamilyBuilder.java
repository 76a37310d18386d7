package org.fullpicture.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Role;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.Sensitivity;
import org.fullpicture.demo.internal.Family.Address;
import org.fullpicture.demo.internal.Family.Entry;
import org.fullpicture.demo.internal.Family.Involvement;
import org.fullpicture.demo.internal.Family.Person;
import org.fullpicture.demo.internal.Family.Placement;
import org.fullpicture.demo.internal.Family.PractitionerSpec;
import org.fullpicture.demo.internal.Family.Relationship;
import org.fullpicture.demo.internal.Notes.About;
import org.fullpicture.demo.internal.Notes.Note;
import org.fullpicture.people.RelationshipType;
import org.fullpicture.people.Sex;

/**
 * Puts one family together: its people, where they live and learn, and what agencies
 * record about them.
 */
final class FamilyBuilder {

	/** Agencies still recording within this many days of today are still involved. */
	private static final int STILL_INVOLVED_DAYS = 180;

	private static final String[] GIRLS = { "Amelia", "Isla", "Ava", "Freya", "Lily", "Poppy", "Ruby", "Maisie",
			"Zainab", "Aisha", "Esme", "Hollie", "Kayla", "Nevaeh", "Lacey", "Skye", "Olivia", "Mia", "Evie", "Ellie",
			"Amara", "Precious", "Wiktoria", "Layla" };

	private static final String[] BOYS = { "Oliver", "Harry", "Noah", "Jack", "Leo", "Alfie", "Charlie", "Mason",
			"Tyler", "Kai", "Riley", "Logan", "Ibrahim", "Yusuf", "Kacper", "Reece", "Brandon", "Jayden", "Finley",
			"Ellis", "Kofi", "Dylan", "Tommy", "Rhys" };

	private static final String[] WOMEN = { "Kerry", "Stacey", "Leanne", "Jade", "Gemma", "Hayley", "Amy", "Chantelle",
			"Sarah", "Danielle", "Nadia", "Fatima", "Marta", "Joanne", "Tasha", "Shannon" };

	private static final String[] MEN = { "Lee", "Dean", "Craig", "Wayne", "Scott", "Ryan", "Jamie", "Darren", "Kyle",
			"Tariq", "Piotr", "Gavin", "Shane", "Marcus", "Jordan", "Liam" };

	static final String[] FAMILY_NAMES = { "Ashby", "Brennan", "Calloway", "Dunmore", "Eckersley", "Fenwick", "Garside",
			"Hartigan", "Ingleby", "Jarrold", "Kettering", "Lomax", "Marwood", "Nuttall", "Ormerod", "Pennock",
			"Quarmby", "Rushworth", "Sowerby", "Thwaite", "Uttley", "Varley", "Whitlam", "Yeadon", "Akhtar", "Bashir",
			"Chaudhry", "Dobrowolski", "Nowakowski", "Okonkwo", "Mensah-Bray", "O'Driscoll", "McAvoy", "Threlfall",
			"Entwistle", "Haworth", "Birtwistle", "Cropper", "Duckworth", "Holroyd", "Ackroyd", "Pickles", "Sugden",
			"Rawnsley", "Tattersall", "Hebblethwaite", "Crabtree", "Greenhalgh", "Heap", "Mottram" };

	private static final String[] STREETS = { "Larkspur", "Tanners", "Kestrel", "Bramble", "Windle", "Copperbeech",
			"Millrace", "Ashgrove", "Foxglove", "Stonechat", "Hazelmere", "Pennywort", "Rookery", "Fieldfare", "Weaver",
			"Cinder", "Gorse", "Tallow" };

	private static final String[] STREET_KINDS = { "Road", "Street", "Close", "Way", "Row", "Crescent", "Lane", "Walk",
			"Court", "Grove" };

	/** Inward-code letters may not be C, I, K, M, O or V. */
	private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

	private final RandomGenerator random;

	private final LocalDate today;

	private final Instant now;

	private final Identifiers ids;

	final String familyName;

	private final String primarySchool;

	private final List<Person> children = new ArrayList<>();

	private final List<Person> adults = new ArrayList<>();

	private final List<Address> addresses = new ArrayList<>();

	private final List<Placement> placements = new ArrayList<>();

	private final List<Relationship> relationships = new ArrayList<>();

	private final List<Involvement> extraInvolvements = new ArrayList<>();

	private final List<Entry> entries = new ArrayList<>();

	private final Map<String, String> words = new HashMap<>();

	/** Who records for an agency in this family, where the story needs a named worker. */
	private final Map<String, String> recorders = new HashMap<>();

	FamilyBuilder(RandomGenerator random, LocalDate today, Identifiers ids) {
		this.random = random;
		this.today = today;
		this.now = today.atTime(6, 0).atZone(UkTime.ZONE).toInstant();
		this.ids = ids;
		this.familyName = Phrases.pick(FAMILY_NAMES, random);
		this.primarySchool = random.nextBoolean() ? "oakfield" : "marsh-lane";
	}

	String primarySchool() {
		return primarySchool;
	}

	void recordsFor(String agency, String username) {
		recorders.put(agency, username);
	}

	RandomGenerator random() {
		return random;
	}

	LocalDate today() {
		return today;
	}

	List<Person> children() {
		return children;
	}

	boolean chance(double p) {
		return random.nextDouble() < p;
	}

	int between(int low, int high) {
		return random.nextInt(low, high + 1);
	}

	Person child(Sex sex, LocalDate dateOfBirth) {
		String given = Phrases.pick(sex == Sex.FEMALE ? GIRLS : BOYS, random);
		Person placeholder = new Person(uuid(), given, familyName, dateOfBirth, sex, ids.nextNhsNumber(), null);
		Person child = withEducation(placeholder);
		children.add(child);
		return child;
	}

	Person childAged(int years) {
		LocalDate born = today.minusYears(years).minusDays(between(1, 360));
		return child(chance(0.5) ? Sex.FEMALE : Sex.MALE, born);
	}

	Person adult(Sex sex, String surname, int age) {
		String given = Phrases.pick(sex == Sex.FEMALE ? WOMEN : MEN, random);
		Person adult = new Person(uuid(), given, surname, today.minusYears(age).minusDays(between(1, 360)), sex,
				chance(0.9) ? ids.nextNhsNumber() : null, null);
		adults.add(adult);
		return adult;
	}

	void relate(Person from, Person to, RelationshipType type) {
		relationships.add(new Relationship(from.id(), to.id(), type));
	}

	/** Siblings, once each way round. */
	void relateSiblings() {
		for (int i = 0; i < children.size(); i++) {
			for (int j = i + 1; j < children.size(); j++) {
				relate(children.get(i), children.get(j), RelationshipType.SIBLING);
			}
		}
	}

	/**
	 * A new home for these people from the given day, with the previous one (if any)
	 * ending the day before.
	 */
	void moveIn(List<Person> people, LocalDate from) {
		String line1 = between(1, 140) + " " + Phrases.pick(STREETS, random) + " " + Phrases.pick(STREET_KINDS, random);
		String postcode = "FP" + between(1, 12) + " " + between(0, 9) + letter() + letter();
		people.forEach(person -> live(person, line1, postcode, from));
		words.put("address", line1);
	}

	/** The newcomer moves in where the resident lives now. */
	void join(Person newcomer, Person resident, LocalDate from) {
		Address home = addresses.stream()
			.filter(a -> a.personId().equals(resident.id()) && a.to() == null)
			.findFirst()
			.orElseThrow();
		live(newcomer, home.line1(), home.postcode(), from);
	}

	private void live(Person person, String line1, String postcode, LocalDate from) {
		for (int i = 0; i < addresses.size(); i++) {
			Address a = addresses.get(i);
			if (a.personId().equals(person.id()) && a.to() == null) {
				addresses.set(i,
						new Address(a.personId(), a.line1(), a.town(), a.postcode(), a.from(), from.minusDays(1)));
			}
		}
		addresses.add(new Address(person.id(), line1, Town.NAME, postcode, from, null));
	}

	private String letter() {
		return String.valueOf(INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length())));
	}

	/**
	 * The words a note's template uses: the family's names, and the child's own pronouns.
	 */
	void name(Person parent, Person partner) {
		words.put("parent", parent.givenName());
		words.put("partner", partner == null ? "her partner" : partner.givenName());
	}

	/**
	 * The child's settings, year by year: nursery at two, primary the September after
	 * four, then secondary, college.
	 */
	private Person withEducation(Person child) {
		LocalDate born = child.dateOfBirth();
		int startYear = born.getMonthValue() < 9 ? born.getYear() + 4 : born.getYear() + 5;
		LocalDate primary = LocalDate.of(startYear, 9, 1);
		LocalDate[] starts = { born.plusYears(2), primary, primary.plusYears(7), primary.plusYears(12),
				primary.plusYears(14) };
		String[] settings = { "little-acorns", primarySchool, "hollinsbrook", "college" };
		String upn = null;
		for (int i = 0; i < settings.length; i++) {
			LocalDate from = starts[i];
			LocalDate to = starts[i + 1].minusDays(1);
			if (from.isAfter(today) || to.isBefore(today.minusYears(4))) {
				continue;
			}
			placements.add(new Placement(child.id(), settings[i], from, to.isBefore(today) ? to : null));
			if (upn == null && i > 0) {
				upn = ids.nextUpn(establishment(settings[i]), startYear);
			}
		}
		return new Person(child.id(), child.givenName(), child.familyName(), born, child.sex(), child.nhsNumber(), upn);
	}

	private static String establishment(String setting) {
		return String.format("%04d", 2000 + Town.AGENCIES.indexOf(Town.agency(setting)));
	}

	/** A change of school on the given day: the current placement ends the day before. */
	void changeSchool(Person child, String newSchool, LocalDate from) {
		for (int i = 0; i < placements.size(); i++) {
			Placement p = placements.get(i);
			if (p.personId().equals(child.id()) && p.to() == null) {
				placements.set(i, new Placement(p.personId(), p.agencyKey(), p.from(), from.minusDays(1)));
			}
		}
		placements.add(new Placement(child.id(), newSchool, from, null));
	}

	void involve(Person child, String agencyKey, String practitioner, LocalDate from, LocalDate to, String reason) {
		extraInvolvements.add(new Involvement(child.id(), agencyKey, practitioner, from, to, reason));
	}

	int ageOn(Person person, LocalDate day) {
		return Period.between(person.dateOfBirth(), day).getYears();
	}

	/**
	 * The children a note can be about on that day; empty when none fits (too young, not
	 * yet born, no school).
	 */
	List<Person> about(About about, LocalDate day) {
		List<Person> alive = children.stream().filter(c -> c.dateOfBirth().isBefore(day)).toList();
		return switch (about) {
			case ALL_CHILDREN, ANY -> alive;
			case UNDER_FIVE -> alive.stream().filter(c -> ageOn(c, day) < 5).toList();
			case SCHOOL_AGE -> alive.stream().filter(c -> schoolOn(c, day) != null).toList();
			case TEENAGER -> alive.stream().filter(c -> ageOn(c, day) >= 12 && schoolOn(c, day) != null).toList();
		};
	}

	/** The school, college or nursery the child was on roll at that day, or null. */
	String schoolOn(Person child, LocalDate day) {
		return placements.stream()
			.filter(p -> p.personId().equals(child.id()) && !p.from().isAfter(day)
					&& (p.to() == null || !p.to().isBefore(day)))
			.map(Placement::agencyKey)
			.filter(k -> !k.equals("little-acorns"))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Records the note about fitting children on that day, if any fits; returns whether
	 * it did.
	 */
	boolean record(Note note, LocalDate day) {
		List<Person> fitting = about(note.about(), day);
		if (fitting.isEmpty()) {
			return false;
		}
		List<Person> about = note.about() == About.ALL_CHILDREN ? fitting
				: List.of(fitting.get(random.nextInt(fitting.size())));
		String agency = note.agency().equals("school") ? schoolOn(about.get(0), day) : note.agency();
		if (agency == null) {
			return false;
		}
		record(note, about, agency, day);
		return true;
	}

	Entry record(Note note, List<Person> about, String agency, LocalDate day) {
		return record(note, about, agency, day, null);
	}

	/**
	 * Records the note as written by someone at the agency, after the given delay (or a
	 * usual one when null), and now and then amended.
	 */
	Entry record(Note note, List<Person> about, String agency, LocalDate day, Duration delay) {
		Person child = about.get(0);
		Map<String, String> values = new HashMap<>(words);
		values.put("child", child.givenName());
		boolean girl = child.sex() == Sex.FEMALE;
		values.put("he", girl ? "she" : "he");
		values.put("his", girl ? "her" : "his");
		values.put("him", girl ? "her" : "him");
		values.putIfAbsent("parent", "Mum");
		values.putIfAbsent("partner", "her partner");
		boolean anyHour = Town.agency(agency).type() == AgencyType.POLICE
				|| Town.agency(agency).type() == AgencyType.EMERGENCY_DEPARTMENT;
		LocalTime time = anyHour ? LocalTime.of(between(0, 23), between(0, 59))
				: LocalTime.of(between(8, 17), between(0, 59));
		Instant occurred = day.atTime(time).atZone(UkTime.ZONE).toInstant();
		Instant recorded = delay == null ? recordedAfter(occurred) : notAfterNow(occurred.plus(delay));
		Sensitivity sensitivity = chance(note.restricted()) ? Sensitivity.RESTRICTED : Sensitivity.NORMAL;
		Entry entry = new Entry(uuid(), about.stream().map(Person::id).toList(), note.type(), occurred, recorded,
				recorderAt(agency), agency, Phrases.fill(note.text(), values, random), note.factors(), note.source(),
				sensitivity, null, null);
		entries.add(entry);
		if (chance(0.01)) {
			entries.add(amendmentOf(entry));
		}
		return entry;
	}

	private Entry amendmentOf(Entry original) {
		boolean wrongTime = chance(0.5);
		Instant occurred = wrongTime ? original.occurredAt().minus(Duration.ofHours(between(1, 30)))
				: original.occurredAt();
		String text = wrongTime ? original.text()
				: original.text() + " "
						+ Phrases.fill("Added after a [call|visit] the next day: {parent} "
								+ "said '[I didn't want to say in front of the kids|it's been like this for months]'.",
								words, random);
		String reason = wrongTime ? "The time it happened was entered wrongly"
				: "Adding what the parent told me the next day";
		Instant recorded = notAfterNow(original.recordedAt().plus(Duration.ofHours(between(2, 72))));
		return new Entry(uuid(), original.childIds(), original.type(), occurred, recorded, original.recorder(),
				original.agencyKey(), text, original.factors(), original.source(), original.sensitivity(),
				original.id(), reason);
	}

	/**
	 * Most entries reach the record within hours; some take days or weeks, and a few
	 * months: the delays the reviews found.
	 */
	Instant recordedAfter(Instant occurred) {
		double roll = random.nextDouble();
		Duration delay = roll < 0.7 ? Duration.ofMinutes(between(10, 8 * 60))
				: roll < 0.9 ? Duration.ofHours(between(24, 7 * 24))
						: roll < 0.98 ? Duration.ofDays(between(8, 42)) : Duration.ofDays(between(60, 180));
		return notAfterNow(occurred.plus(delay));
	}

	private Instant notAfterNow(Instant instant) {
		return instant.isAfter(now) ? now : instant;
	}

	/** Anyone at the agency who records practice (administrators do not). */
	private String recorderAt(String agency) {
		if (recorders.containsKey(agency)) {
			return recorders.get(agency);
		}
		List<PractitionerSpec> staff = Town.practitionersOf(agency)
			.stream()
			.filter(p -> !p.roles().contains(Role.ADMINISTRATOR))
			.toList();
		return staff.get(random.nextInt(staff.size())).username();
	}

	LocalDate dayInLastThreeYears() {
		return today.minusDays(between(1, 3 * 365));
	}

	/**
	 * Removes entries, with their amendments: for an agency that closed or never opened a
	 * case.
	 */
	void dropEntries(java.util.function.Predicate<Entry> drop) {
		List<UUID> dropped = entries.stream().filter(drop).map(Entry::id).toList();
		entries.removeIf(e -> dropped.contains(e.id()) || dropped.contains(e.supersedes()));
	}

	List<Entry> entries() {
		return entries;
	}

	Family build(Family.Pattern pattern) {
		return new Family(pattern, List.copyOf(children), List.copyOf(adults), List.copyOf(addresses),
				List.copyOf(placements), List.copyOf(relationships), involvements(), List.copyOf(entries));
	}

	/**
	 * Every agency that recorded about a child is involved from a little before its first
	 * entry; it is still involved if it recorded recently, otherwise its involvement
	 * ended a while after its last entry. Settings the child is on roll at are involved
	 * too.
	 */
	private List<Involvement> involvements() {
		Map<String, List<Entry>> byChildAndAgency = new LinkedHashMap<>();
		for (Entry e : entries) {
			for (UUID child : e.childIds()) {
				byChildAndAgency.computeIfAbsent(child + "|" + e.agencyKey(), k -> new ArrayList<>()).add(e);
			}
		}
		List<Involvement> all = new ArrayList<>(extraInvolvements);
		for (Map.Entry<String, List<Entry>> group : byChildAndAgency.entrySet()) {
			UUID child = UUID.fromString(group.getKey().substring(0, 36));
			String agency = group.getKey().substring(37);
			if (all.stream().anyMatch(i -> i.personId().equals(child) && i.agencyKey().equals(agency))) {
				continue;
			}
			List<Entry> recorded = group.getValue().stream().sorted(Comparator.comparing(Entry::occurredAt)).toList();
			Entry firstEntry = recorded.get(0);
			Entry last = recorded.get(recorded.size() - 1);
			LocalDate first = day(firstEntry.occurredAt());
			LocalDate lastDay = day(last.occurredAt());
			LocalDate to = ChronoUnit.DAYS.between(lastDay, today) < STILL_INVOLVED_DAYS ? null
					: lastDay.plusDays(between(30, 90));
			LocalDate born = children.stream()
				.filter(c -> c.id().equals(child))
				.findFirst()
				.orElseThrow()
				.dateOfBirth();
			LocalDate from = first.minusDays(between(0, 30));
			all.add(new Involvement(child, agency, last.recorder(), from.isBefore(born) ? born : from, to,
					"First recorded: " + firstEntry.type().label().toLowerCase(java.util.Locale.ROOT)));
		}
		for (Placement p : placements) {
			boolean known = all.stream()
				.anyMatch(i -> i.personId().equals(p.personId()) && i.agencyKey().equals(p.agencyKey()));
			if (p.to() == null && !known) {
				all.add(new Involvement(p.personId(), p.agencyKey(), null, p.from(), null, "On roll"));
			}
		}
		return List.copyOf(all);
	}

	static LocalDate day(Instant instant) {
		return instant.atZone(UkTime.ZONE).toLocalDate();
	}

	UUID uuid() {
		// version 4 and IETF variant bits set, so the ids look like any other random UUID
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

}
