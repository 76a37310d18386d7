package org.fullpicture.linkage.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes synthetic FEBRL files with a fixed seed, from a population of households
 * (siblings share a family name and an address; a few are twins), so that the engine is
 * judged on records it was never tuned on:
 * <ul>
 * <li>{@code link-a.csv}, {@code link-b.csv}: one record per person in each; B carries
 * typos, OCR misreadings, missing values and swapped names.</li>
 * <li>{@code febrl-a.csv}, {@code febrl-b.csv}: one record per person in each; every B
 * record carries the given number of the modifications FEBRL's own generator makes, of
 * its kinds and at its rates (mostly slips of a key; rarely a value replaced from the
 * lookup lists, values moved between fields, missing values).</li>
 * <li>{@code hard-a.csv}, {@code hard-b.csv}: each B record differs from A by exactly one
 * of: day and month swapped, a nickname, a house move, a missing date of birth; the kind
 * ends its rec_id so that recall can be reported per kind.</li>
 * </ul>
 */
final class FebrlGenerator {

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1935, 1, 1);

	private static final int BIRTH_DAYS = 90 * 365;

	private final Random random;

	private final Typos typos;

	private final NameLists female = NameLists.of("linkage/generator/given-names-female.txt");

	private final NameLists male = NameLists.of("linkage/generator/given-names-male.txt");

	private final NameLists family = NameLists.of("linkage/generator/family-names.txt");

	private final List<NameLists> surnameParts = NameLists.sections("linkage/generator/surname-syllables.txt");

	private final NameLists towns = NameLists.of("linkage/generator/towns.txt");

	private final List<NameLists> streetParts = NameLists.sections("linkage/generator/street-words.txt");

	private final Nicknames nicknames = Nicknames.fromClasspath();

	private final FebrlErrorModel febrlErrors;

	private final Options options;

	private FebrlGenerator(long seed, Options options) {
		this.random = new Random(seed);
		this.typos = new Typos(random);
		this.febrlErrors = new FebrlErrorModel(random, this::replacement);
		this.options = options;
	}

	/**
	 * How the generated people and FEBRL-style errors are made.
	 *
	 * @param modifications in each febrl-b record exactly this many; 0 for as many as
	 * differ in FEBRL's dataset3 (one to five)
	 * @param households whether brothers and sisters share a home (FEBRL's own sets have
	 * none)
	 */
	record Options(int modifications, boolean households) {

		static final Options DEFAULT = new Options(0, true);

	}

	static void writeAll(Path directory, int persons, long seed) throws IOException {
		writeAll(directory, persons, seed, Options.DEFAULT);
	}

	static void writeAll(Path directory, int persons, long seed, Options options) throws IOException {
		Files.createDirectories(directory);
		FebrlGenerator generator = new FebrlGenerator(seed, options);
		List<Person> population = generator.population(persons);
		generator.writePair(directory, "link", population, generator::withTypos);
		generator.writePair(directory, "hard", population, generator::withOneHardError);
		generator.writePair(directory, "febrl", population, generator::withFebrlModifications);
		System.out.printf("wrote link-a/b.csv, hard-a/b.csv and febrl-a/b.csv for %,d persons (seed %d) in %s%n",
				persons, seed, directory);
	}

	private interface Corruption {

		List<String> apply(Person person);

	}

	private void writePair(Path directory, String name, List<Person> population, Corruption corruption)
			throws IOException {
		List<List<String>> a = new ArrayList<>();
		List<List<String>> b = new ArrayList<>();
		for (Person person : population) {
			a.add(person.row("rec-" + person.id + "-org"));
			b.add(corruption.apply(person));
		}
		Collections.shuffle(a, random);
		Collections.shuffle(b, random);
		FebrlFile.write(directory.resolve(name + "-a.csv"), a);
		FebrlFile.write(directory.resolve(name + "-b.csv"), b);
	}

	/**
	 * Households of one to four: siblings share a family name and an address (or people
	 * on their own, when asked for no households).
	 */
	private List<Person> population(int size) {
		List<Person> people = new ArrayList<>(size);
		while (people.size() < size) {
			String familyName = familyName();
			Home home = home();
			LocalDate firstBirth = EARLIEST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS));
			int members = 1 + (int) Math.floor(4 * Math.pow(random.nextDouble(), 1.6));
			if (!options.households()) {
				members = 1;
			}
			for (int m = 0; m < members && people.size() < size; m++) {
				boolean twin = m > 0 && random.nextInt(30) == 0;
				LocalDate birth = twin ? people.get(people.size() - 1).birth
						: firstBirth.plusDays(m == 0 ? 0 : random.nextInt(16 * 365) - 8 * 365);
				String given = givenNameUnlike(people, m);
				String identifier = String.valueOf(1_000_000_000L + (long) people.size() * 7919 % 8_999_999_999L);
				people.add(new Person(people.size(), given, familyName, birth, home, identifier));
			}
		}
		return people;
	}

	/** Parents do not give two of their children one name. */
	private String givenNameUnlike(List<Person> people, int member) {
		while (true) {
			String given = (random.nextBoolean() ? female : male).zipf(random);
			boolean taken = false;
			for (int sibling = people.size() - member; sibling < people.size(); sibling++) {
				taken |= people.get(sibling).given.equals(given);
			}
			if (!taken) {
				return given;
			}
		}
	}

	private String familyName() {
		if (random.nextInt(10) < 7) {
			return family.zipf(random);
		}
		return surnameParts.get(0).uniform(random) + surnameParts.get(1).uniform(random);
	}

	/**
	 * Neighbours on a street share a postcode, as in the UK (about fifteen houses each).
	 */
	private Home home() {
		int town = random.nextInt(towns.size());
		String street = streetParts.get(0).uniform(random) + " " + streetParts.get(1).uniform(random);
		int number = 1 + random.nextInt(150);
		int streetCode = Math.floorMod((town + " " + street).hashCode(), 1_000_000);
		String outward = "" + (char) ('A' + town % 26) + (char) ('A' + town / 26 + streetCode % 7)
				+ (1 + streetCode % 29);
		int block = number / 15;
		String inward = "" + (streetCode / 29 + block) % 10 + (char) ('A' + (streetCode / 7 + block) % 26)
				+ (char) ('A' + (streetCode / 13 + block * 3) % 26);
		String locality = (streetCode % 3 == 0) ? ""
				: streetParts.get(0).get(streetCode % streetParts.get(0).size()) + " park";
		return new Home(String.valueOf(number), street, locality, towns.get(town), outward + " " + inward);
	}

	/**
	 * Up to three slips of the kinds FEBRL makes, none for about a quarter of records.
	 */
	private List<String> withTypos(Person person) {
		List<String> row = person.row("rec-" + person.id + "-dup-0");
		int slips = switch (random.nextInt(20)) {
			case 0, 1, 2, 3, 4 -> 0;
			case 5, 6, 7, 8, 9, 10, 11, 12 -> 1;
			case 13, 14, 15, 16, 17 -> 2;
			default -> 3;
		};
		for (int n = 0; n < slips; n++) {
			slip(row);
		}
		return row;
	}

	private void slip(List<String> row) {
		int roll = random.nextInt(100);
		if (roll < 20) {
			corrupt(row, random.nextBoolean() ? Column.GIVEN : Column.SURNAME, typos::keying);
		}
		else if (roll < 30) {
			corrupt(row, random.nextBoolean() ? Column.GIVEN : Column.SURNAME, typos::ocr);
		}
		else if (roll < 42) {
			corrupt(row, Column.BIRTH, typos::digit);
		}
		else if (roll < 57) {
			Column[] columns = Column.values();
			row.set(columns[1 + random.nextInt(columns.length - 1)].index, "");
		}
		else if (roll < 67) {
			corrupt(row, Column.STREET, typos::keying);
		}
		else if (roll < 77) {
			corrupt(row, Column.POSTCODE, typos::keying);
		}
		else if (roll < 83) {
			corrupt(row, Column.IDENTIFIER, typos::digit);
		}
		else if (roll < 88) {
			String given = row.get(Column.GIVEN.index);
			row.set(Column.GIVEN.index, row.get(Column.SURNAME.index));
			row.set(Column.SURNAME.index, given);
		}
		else if (roll < 94) {
			corrupt(row, Column.NUMBER, typos::digit);
		}
		else {
			corrupt(row, Column.LOCALITY, typos::keying);
		}
	}

	private static void corrupt(List<String> row, Column column, java.util.function.UnaryOperator<String> slip) {
		String value = row.get(column.index);
		if (!value.isEmpty()) {
			row.set(column.index, slip.apply(value));
		}
	}

	/**
	 * FEBRL's modifications, of its kinds and at its rates (see {@link FebrlErrorModel}):
	 * as many as differ in its dataset3, or exactly as many as asked for.
	 */
	private List<String> withFebrlModifications(Person person) {
		List<String> row = person.row("rec-" + person.id + "-dup-0");
		febrlErrors.modify(row,
				(options.modifications() > 0) ? options.modifications() : febrlErrors.drawnModifications());
		return row;
	}

	/** Another value from the column's lookup, as FEBRL's 'swap value' modification. */
	private String replacement(int column) {
		return switch (Column.at(column)) {
			case GIVEN -> (random.nextBoolean() ? female : male).zipf(random);
			case SURNAME -> familyName();
			case NUMBER -> String.valueOf(1 + random.nextInt(150));
			case STREET -> home().street();
			case LOCALITY -> home().locality();
			case TOWN -> home().town();
			case POSTCODE -> home().postcode();
			case BIRTH -> Person.date(EARLIEST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS)));
			case IDENTIFIER -> String.valueOf(1_000_000_000L + random.nextInt(999_999_999));
		};
	}

	/** Exactly one hard error; a person it cannot apply to gets the next kind. */
	private List<String> withOneHardError(Person person) {
		int day = person.birth.getDayOfMonth();
		int month = person.birth.getMonthValue();
		String nickname = nicknames.anotherForm(person.given, random);
		int kind = person.id % 4;
		if (kind == 0 && (day > 12 || day == month)) {
			kind = 1;
		}
		if (kind == 1 && nickname == null) {
			kind = 2;
		}
		return switch (kind) {
			case 0 -> person.withBirth(LocalDate.of(person.birth.getYear(), day, month)).row(dupId(person, "dmswap"));
			case 1 -> person.withGiven(nickname).row(dupId(person, "nickname"));
			case 2 -> person.movedTo(home()).row(dupId(person, "move"));
			default -> person.withBirth(null).row(dupId(person, "nodob"));
		};
	}

	private static String dupId(Person person, String kind) {
		return "rec-" + person.id + "-dup-0-" + kind;
	}

	private enum Column {

		GIVEN(1), SURNAME(2), NUMBER(3), STREET(4), LOCALITY(5), TOWN(6), POSTCODE(7), BIRTH(9), IDENTIFIER(10);

		final int index;

		Column(int index) {
			this.index = index;
		}

		static Column at(int index) {
			for (Column column : values()) {
				if (column.index == index) {
					return column;
				}
			}
			throw new IllegalArgumentException("no column " + index);
		}

	}

	private record Home(String number, String street, String locality, String town, String postcode) {

	}

	private record Person(int id, String given, String family, LocalDate birth, Home home, String identifier) {

		List<String> row(String recId) {
			String dob = (birth == null) ? "" : date(birth);
			return new ArrayList<>(List.of(recId, given, family, home.number, home.street, home.locality, home.town,
					home.postcode, "", dob, identifier));
		}

		static String date(LocalDate date) {
			return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
		}

		Person withBirth(LocalDate newBirth) {
			return new Person(id, given, family, newBirth, home, identifier);
		}

		Person withGiven(String newGiven) {
			return new Person(id, newGiven, family, birth, home, identifier);
		}

		Person movedTo(Home newHome) {
			return new Person(id, given, family, birth, newHome, identifier);
		}

	}

}
