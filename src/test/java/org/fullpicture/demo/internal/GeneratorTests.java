package org.fullpicture.demo.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fullpicture.calendar.UkTime;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.Factors;
import org.fullpicture.chronology.Sensitivity;
import org.fullpicture.demo.internal.Family.Entry;
import org.fullpicture.demo.internal.Family.Pattern;
import org.fullpicture.demo.internal.Family.Person;
import org.fullpicture.people.NhsNumber;
import org.fullpicture.people.Postcode;
import org.fullpicture.people.Upn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratorTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	static final List<Family> FAMILIES = new Generator(DemoDataLoader.SEED, TODAY, Generator.Scale.DEMO).all();

	@Test
	void theSameSeedAndDayGiveTheSamePeopleAndEntries() {
		assertThat(new Generator(DemoDataLoader.SEED, TODAY, Generator.Scale.DEMO).all()).isEqualTo(FAMILIES);
		assertThat(new Generator(DemoDataLoader.SEED + 1, TODAY, Generator.Scale.DEMO).all()).isNotEqualTo(FAMILIES);
	}

	@Test
	void atLeastSixHundredChildrenLiveInFamiliesWithTheirAdults() {
		assertThat(children()).hasSizeGreaterThanOrEqualTo(600);
		assertThat(FAMILIES).allSatisfy(f -> assertThat(f.adults()).isNotEmpty());
		assertThat(Town.AGENCIES).hasSizeGreaterThanOrEqualTo(12);
		assertThat(Town.PRACTITIONERS).hasSizeBetween(35, 45);
	}

	@Test
	void everyNhsNumberAndUpnPassesItsCheckAndIsUsedOnce() {
		List<Person> people = FAMILIES.stream().flatMap(f -> concat(f.children(), f.adults()).stream()).toList();
		Set<String> seen = new HashSet<>();
		for (Person p : people) {
			if (p.nhsNumber() != null) {
				assertThat(NhsNumber.problemWith(p.nhsNumber())).isEmpty();
				assertThat(seen.add(p.nhsNumber())).isTrue();
			}
			if (p.upn() != null) {
				assertThat(Upn.problemWith(p.upn())).isEmpty();
				assertThat(seen.add(p.upn())).isTrue();
			}
		}
		assertThat(people.stream().filter(p -> p.upn() != null)).hasSizeGreaterThan(300);
	}

	@Test
	void addressesHaveThePostcodeShapeAndEntriesUseCensusFactors() {
		assertThat(FAMILIES.stream().flatMap(f -> f.addresses().stream()))
			.allSatisfy(a -> assertThat(Postcode.problemWith(a.postcode())).isEmpty());
		assertThat(entries()).allSatisfy(e -> assertThat(e.factors()).allMatch(Factors::isValid));
		assertThat(entries()).allSatisfy(e -> assertThat(e.recordedAt()).isAfterOrEqualTo(e.occurredAt()));
	}

	@Test
	void someEntriesAreRestrictedSomeAmendedAndSomeSharedMonthsLate() {
		assertThat(entries()).hasSizeGreaterThan(5_000);
		assertThat(entries()).anyMatch(e -> e.sensitivity() == Sensitivity.RESTRICTED);
		assertThat(entries()).anyMatch(e -> e.supersedes() != null && e.amendmentReason() != null);
		assertThat(entries()).anyMatch(e -> Duration.between(e.occurredAt(), e.recordedAt()).toDays() >= 60);
		assertThat(entries()).allMatch(
				e -> !e.occurredAt().isBefore(TODAY.minusYears(3).minusDays(2).atStartOfDay(UkTime.ZONE).toInstant()));
	}

	@Test
	void neglectShowsLowLevelConcernsFromSeveralAgenciesThenASuddenChange() {
		Family f = pattern(Pattern.NEGLECT);
		assertThat(f.entries().stream().filter(e -> e.factors().contains("16A")).map(Entry::agencyKey).distinct())
			.hasSizeGreaterThanOrEqualTo(4);
		assertThat(f.entries()).anyMatch(e -> e.type() == EntryType.HEALTH_APPOINTMENT_NOT_BROUGHT);
		assertThat(f.entries()).anyMatch(e -> e.text().contains("unsanitary with a foul smell and a fire hazard"));
		assertThat(f.entries()).anyMatch(e -> e.type() == EntryType.HOUSEHOLD_CHANGE);
	}

	@Test
	void theAdolescentGoesMissingAgainAndAgainAndHarmsHerself() {
		Family f = pattern(Pattern.MISSING_AND_SELF_HARM);
		assertThat(f.entries().stream().filter(e -> e.type() == EntryType.MISSING)).hasSizeGreaterThanOrEqualTo(5);
		assertThat(f.entries().stream().filter(e -> e.type() == EntryType.SELF_HARM)).hasSizeGreaterThanOrEqualTo(3);
		assertThat(f.entries().stream().map(Entry::agencyKey)).contains("police", "ed", "hollinsbrook", "camhs",
				"youth");
	}

	@Test
	void housingEndsItsSupportAndNobodyElseIsTold() {
		Family f = pattern(Pattern.HOUSING_SUPPORT_ENDED);
		Entry ended = f.entries().stream().filter(e -> e.type() == EntryType.SERVICE_ENDED).findFirst().orElseThrow();
		assertThat(ended.agencyKey()).isEqualTo("housing");
		assertThat(f.involvements()).anyMatch(i -> i.agencyKey().equals("housing") && i.to() != null);
	}

	@Test
	void thePoliceWriteToTheSchoolTheChildHasLeft() {
		Family f = pattern(Pattern.SCHOOL_CHANGE);
		Person boy = f.children().get(0);
		List<Family.Placement> schools = f.placements().stream().filter(p -> p.personId().equals(boy.id())).toList();
		Family.Placement current = schools.stream().filter(p -> p.to() == null).findFirst().orElseThrow();
		assertThat(schools).anyMatch(p -> p.to() != null && !p.agencyKey().equals(current.agencyKey()));
		assertThat(f.entries())
			.anyMatch(e -> e.agencyKey().equals("police") && FamilyBuilder.day(e.recordedAt()).isAfter(current.from()));
	}

	@Test
	void eachDemoAccountRecordsAboutSomeChildren() {
		Set<String> recorders = new HashSet<>();
		FAMILIES.forEach(f -> f.involvements().forEach(i -> recorders.add(i.practitioner())));
		Town.DEMO_ACCOUNTS.stream()
			.filter(p -> !p.username().equals("admin"))
			.forEach(p -> assertThat(recorders).contains(p.username()));
	}

	@Test
	void aBenchmarkScaleChildHasTheLongChronologyAsked() {
		Generator generator = new Generator(7, TODAY, new Generator.Scale(10, 5, 500));
		Family f = generator.all()
			.stream()
			.filter(x -> x.pattern() == Pattern.MISSING_AND_SELF_HARM)
			.findFirst()
			.orElseThrow();
		Person girl = f.children().get(0);
		assertThat(f.entries().stream().filter(e -> e.childIds().contains(girl.id()))).hasSizeGreaterThanOrEqualTo(500);
	}

	private static Family pattern(Pattern pattern) {
		return FAMILIES.stream().filter(f -> f.pattern() == pattern).findFirst().orElseThrow();
	}

	private static List<Person> children() {
		return FAMILIES.stream().flatMap(f -> f.children().stream()).toList();
	}

	private static List<Entry> entries() {
		return FAMILIES.stream().flatMap(f -> f.entries().stream()).toList();
	}

	private static <T> List<T> concat(List<T> a, List<T> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

}
