package org.fullpicture.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.fullpicture.chronology.EntryType;
import org.fullpicture.demo.internal.Family.Person;
import org.fullpicture.demo.internal.Notes.Note;
import org.fullpicture.people.RelationshipType;
import org.fullpicture.people.Sex;

/**
 * Synthetic families, the same ones every time for the same seed and day, calibrated on
 * the 2014-17 triennial analysis of serious case reviews: among families known for
 * neglect, domestic abuse 64%, parental mental health 56%, alcohol or drug misuse 39%,
 * poverty 39%, criminality 34%, transient lifestyle 31%, multiple partners 27%, social
 * isolation 17%; of those known to social care 55% open, 22% closed, the rest never
 * known.
 */
final class Generator {

	/**
	 * How many children, how many entries on average about each, and one child's
	 * chronology this long (or 0).
	 */
	record Scale(int children, double entriesPerChild, int longChronology) {

		static final Scale DEMO = new Scale(600, 11, 0);

		static final Scale BENCHMARK = new Scale(100_000, 32, 500);

	}

	private enum Adversity {

		DOMESTIC_ABUSE(0.64, Notes.DOMESTIC_ABUSE), MENTAL_HEALTH(0.56, Notes.MENTAL_HEALTH),
		SUBSTANCES(0.39, Notes.SUBSTANCES), POVERTY(0.39, Notes.POVERTY), CRIMINALITY(0.34, Notes.CRIMINALITY),
		TRANSIENT(0.31, List.of()), PARTNERS(0.27, Notes.PARTNERS), ISOLATION(0.17, Notes.ISOLATION);

		final double prevalence;

		final List<Note> notes;

		Adversity(double prevalence, List<Note> notes) {
			this.prevalence = prevalence;
			this.notes = notes;
		}

	}

	/**
	 * Universal families get a few routine entries; those with additional or complex
	 * needs many more.
	 */
	private static final double[] ENTRIES_PER_CHILD_BY_LEVEL = { 4, 14, 30 };

	private static final double[] LEVEL_SHARE = { 0.55, 0.25, 0.20 };

	private static final double MEAN_ENTRIES_PER_CHILD = LEVEL_SHARE[0] * ENTRIES_PER_CHILD_BY_LEVEL[0]
			+ LEVEL_SHARE[1] * ENTRIES_PER_CHILD_BY_LEVEL[1] + LEVEL_SHARE[2] * ENTRIES_PER_CHILD_BY_LEVEL[2];

	private final long seed;

	private final LocalDate today;

	private final Scale scale;

	private final Identifiers ids = new Identifiers();

	Generator(long seed, LocalDate today, Scale scale) {
		this.seed = seed;
		this.today = today;
		this.scale = scale;
	}

	/**
	 * Hands over the families one at a time, so a benchmark's hundred thousand never sit
	 * in memory at once.
	 */
	void generate(Consumer<Family> sink) {
		int children = 0;
		int index = 0;
		for (Family.Pattern pattern : Family.Pattern.values()) {
			Family family = Patterns.of(pattern, builder(index++), scale.longChronology());
			children += family.children().size();
			sink.accept(family);
		}
		while (children < scale.children()) {
			Family family = ordinary(builder(index++));
			children += family.children().size();
			sink.accept(family);
		}
	}

	List<Family> all() {
		List<Family> families = new ArrayList<>();
		generate(families::add);
		return families;
	}

	/**
	 * Each family has its own generator seeded from the seed and its place, so families
	 * do not shift each other.
	 */
	private FamilyBuilder builder(int index) {
		RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed * 1_000_003L + index);
		return new FamilyBuilder(random, today, ids);
	}

	private Family ordinary(FamilyBuilder f) {
		double roll = f.random().nextDouble();
		int level = roll < LEVEL_SHARE[0] ? 0 : roll < LEVEL_SHARE[0] + LEVEL_SHARE[1] ? 1 : 2;
		List<Adversity> adversities = new ArrayList<>();
		for (Adversity a : Adversity.values()) {
			if (level > 0 && f.chance(a.prevalence)) {
				adversities.add(a);
			}
		}
		int count = f.chance(0.35) ? 1 : f.chance(0.55) ? 2 : f.chance(0.65) ? 3 : 4;
		// 42% of the children in the reviews were babies under one
		int age = level == 2 && f.chance(0.42) ? 0 : f.between(0, 16);
		for (int i = 0; i < count && age <= 17; i++) {
			f.childAged(age);
			age += f.between(1, 4);
		}
		int eldest = f.children().stream().mapToInt(c -> f.ageOn(c, f.today())).max().orElse(0);
		Person mother = f.adult(Sex.FEMALE, f.familyName, eldest + f.between(18, 34));
		Person father = f.adult(Sex.MALE,
				f.chance(0.7) ? f.familyName : Phrases.pick(FamilyBuilder.FAMILY_NAMES, f.random()),
				eldest + f.between(19, 38));
		boolean partners = adversities.contains(Adversity.PARTNERS);
		List<Person> household = new ArrayList<>(f.children());
		household.add(mother);
		Person partner = father;
		for (Person child : f.children()) {
			f.relate(mother, child, RelationshipType.PARENT);
			f.relate(father, child, RelationshipType.PARENT);
		}
		if (partners) {
			Person newPartner = f.adult(Sex.MALE, Phrases.pick(FamilyBuilder.FAMILY_NAMES, f.random()),
					f.ageOn(mother, f.today()) + f.between(-4, 8));
			f.children().forEach(c -> f.relate(newPartner, c, RelationshipType.PARENTS_PARTNER));
			household.add(newPartner);
			partner = newPartner;
			f.moveIn(List.of(father), f.today().minusYears(f.between(2, 8)));
		}
		else if (f.chance(0.6)) {
			household.add(father);
		}
		else {
			f.moveIn(List.of(father), f.today().minusYears(f.between(1, 8)));
		}
		if (f.chance(0.3)) {
			Person nan = f.adult(Sex.FEMALE, f.familyName, f.ageOn(mother, f.today()) + f.between(18, 30));
			f.children().forEach(c -> f.relate(nan, c, RelationshipType.GRANDPARENT));
			f.moveIn(List.of(nan), f.today().minusYears(f.between(5, 30)));
		}
		f.relateSiblings();
		f.name(mother, partner);
		f.moveIn(household, f.today().minusYears(f.between(3, 10)));
		if (adversities.contains(Adversity.TRANSIENT)) {
			LocalDate moved = f.dayInLastThreeYears();
			f.moveIn(household, moved);
			f.record(
					new Note("housing", EntryType.HOUSE_MOVE, List.of(), Notes.About.ALL_CHILDREN,
							"Family moved into [a two-bedroom flat|a house] at {address}. "
									+ "[Third move in eighteen months|The children have changed GP twice this year]."),
					moved);
		}
		recordEvents(f, level, adversities);
		return f.build(null);
	}

	private void recordEvents(FamilyBuilder f, int level, List<Adversity> adversities) {
		double multiplier = scale.entriesPerChild() / MEAN_ENTRIES_PER_CHILD;
		int wanted = (int) Math.round(
				f.children().size() * ENTRIES_PER_CHILD_BY_LEVEL[level] * multiplier * (0.5 + f.random().nextDouble()));
		List<List<Note>> pools = new ArrayList<>();
		if (level > 0) {
			// neglect featured in three quarters of the reviews
			if (f.chance(0.75)) {
				pools.add(Notes.NEGLECT);
			}
			adversities.stream().filter(a -> !a.notes.isEmpty()).forEach(a -> pools.add(a.notes));
			if (f.chance(0.3)) {
				pools.add(Notes.ADOLESCENT);
			}
		}
		if (level == 2) {
			pools.add(Notes.SOCIAL_CARE);
		}
		for (int attempts = 0; f.entries().size() < wanted && attempts < wanted * 3; attempts++) {
			List<Note> pool = pools.isEmpty() || f.chance(0.3) ? Notes.ROUTINE
					: pools.get(f.random().nextInt(pools.size()));
			f.record(pool.get(f.random().nextInt(pool.size())), f.dayInLastThreeYears());
		}
		socialCareHistory(f, level);
	}

	/**
	 * Of families known to social care, 55% are open now, 22% were closed; the rest were
	 * never known.
	 */
	private static void socialCareHistory(FamilyBuilder f, int level) {
		double roll = f.random().nextDouble();
		if (level < 2 || roll < 0.55) {
			return;
		}
		if (roll < 0.77) {
			LocalDate closed = f.today().minusMonths(f.between(7, 24));
			f.dropEntries(e -> e.agencyKey().equals("csc") && FamilyBuilder.day(e.occurredAt()).isAfter(closed));
		}
		else {
			f.dropEntries(e -> e.agencyKey().equals("csc"));
		}
	}

}
