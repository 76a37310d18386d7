package org.fullpicture.linkage.internal;

import java.time.LocalDate;
import java.util.List;

import org.fullpicture.linkage.Address;
import org.fullpicture.linkage.PersonRecord;
import org.fullpicture.linkage.Sex;

/** Synthetic people for tests, built up one change at a time. */
record People(String given, List<String> aliases, String family, LocalDate born, Sex sex, String nhs, String upn,
		List<Address> addresses) {

	static final Address HOME = new Address("12", "Mill Lane", "Oak Park", "Kingsbridge", "KB1 2AB");

	static People kayleigh() {
		return new People("Kayleigh", List.of(), "Ashworth", LocalDate.of(2014, 3, 7), Sex.FEMALE, "9434765919",
				"A123456789012", List.of(HOME));
	}

	People given(String name) {
		return new People(name, aliases, family, born, sex, nhs, upn, addresses);
	}

	People aliases(String... names) {
		return new People(given, List.of(names), family, born, sex, nhs, upn, addresses);
	}

	People family(String name) {
		return new People(given, aliases, name, born, sex, nhs, upn, addresses);
	}

	People born(LocalDate date) {
		return new People(given, aliases, family, date, sex, nhs, upn, addresses);
	}

	People sex(Sex value) {
		return new People(given, aliases, family, born, value, nhs, upn, addresses);
	}

	People nhs(String number) {
		return new People(given, aliases, family, born, sex, number, upn, addresses);
	}

	People upn(String number) {
		return new People(given, aliases, family, born, sex, nhs, number, addresses);
	}

	People livingAt(Address... history) {
		return new People(given, aliases, family, born, sex, nhs, upn, List.of(history));
	}

	PersonRecord record() {
		return new PersonRecord("test", given, aliases, family, born, sex, nhs, upn, addresses);
	}

	/** The level two people reach on one comparison. */
	static int level(People a, People b, Comparison comparison) {
		FeatureSpace space = new FeatureSpace(NicknameGroups.fromClasspath());
		Features left = space.add(List.of(a.record()));
		Features right = space.add(List.of(b.record()));
		space.names.seal();
		return Patterns.level(new PairComparator(space, left, right).compare(0, 0), comparison);
	}

}
