package org.fullpicture.linkage.internal;

import java.time.LocalDate;
import java.util.List;

import org.fullpicture.linkage.LinkageAddress;
import org.fullpicture.linkage.LinkageRecord;
import org.fullpicture.linkage.LinkageSex;

/**
 * A synthetic person for tests, built up one change at a time (not the people module's
 * service).
 */
record SyntheticPerson(String given, List<String> aliases, String family, LocalDate born, LinkageSex sex, String nhs,
		String upn, List<LinkageAddress> addresses) {

	static final LinkageAddress HOME = new LinkageAddress("12", "Mill Lane", "Oak Park", "Kingsbridge", "KB1 2AB");

	static SyntheticPerson kayleigh() {
		return new SyntheticPerson("Kayleigh", List.of(), "Ashworth", LocalDate.of(2014, 3, 7), LinkageSex.FEMALE,
				"9434765919", "A123456789012", List.of(HOME));
	}

	SyntheticPerson given(String name) {
		return new SyntheticPerson(name, aliases, family, born, sex, nhs, upn, addresses);
	}

	SyntheticPerson aliases(String... names) {
		return new SyntheticPerson(given, List.of(names), family, born, sex, nhs, upn, addresses);
	}

	SyntheticPerson family(String name) {
		return new SyntheticPerson(given, aliases, name, born, sex, nhs, upn, addresses);
	}

	SyntheticPerson born(LocalDate date) {
		return new SyntheticPerson(given, aliases, family, date, sex, nhs, upn, addresses);
	}

	SyntheticPerson sex(LinkageSex value) {
		return new SyntheticPerson(given, aliases, family, born, value, nhs, upn, addresses);
	}

	SyntheticPerson nhs(String number) {
		return new SyntheticPerson(given, aliases, family, born, sex, number, upn, addresses);
	}

	SyntheticPerson upn(String number) {
		return new SyntheticPerson(given, aliases, family, born, sex, nhs, number, addresses);
	}

	SyntheticPerson livingAt(LinkageAddress... history) {
		return new SyntheticPerson(given, aliases, family, born, sex, nhs, upn, List.of(history));
	}

	LinkageRecord record() {
		return new LinkageRecord("test", given, aliases, family, born, sex, nhs, upn, addresses);
	}

	/** The level two people reach on one comparison. */
	static int level(SyntheticPerson a, SyntheticPerson b, Comparison comparison) {
		FeatureSpace space = new FeatureSpace(NicknameGroups.fromClasspath());
		Features left = space.add(List.of(a.record()));
		Features right = space.add(List.of(b.record()));
		space.names.seal();
		return Patterns.level(new PairComparator(space, left, right).compare(0, 0), comparison);
	}

}
