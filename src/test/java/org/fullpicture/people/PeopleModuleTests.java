package org.fullpicture.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fullpicture.access.Channel;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.linkage.IdentityLink;
import org.fullpicture.support.Fixtures;
import org.fullpicture.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People with the modules it needs (access to audit merges, agencies for schools, linkage
 * for which records are the same person): a person recorded and found again, two records
 * of one child merged and read as one, and a child's family network. All its
 * dependencies, not only the direct ones: access's pages cannot start without web's
 * drafts.
 */
@ModuleTest(BootstrapMode.ALL_DEPENDENCIES)
@Import(Fixtures.class)
class PeopleModuleTests {

	@Autowired
	People people;

	@Autowired
	PersonRecords records;

	@Autowired
	Merges merges;

	@Autowired
	FamilyNetwork families;

	@Autowired
	Fixtures fixtures;

	@Test
	void aChildRecordedWithAnNhsNumberIsFoundByItWithTheirSchoolAndHome() {
		Agency school = fixtures.agency(AgencyType.SCHOOL);
		Practitioner teacher = fixtures.practitioner(school);
		String nhsNumber = Fixtures.nhsNumber();
		String postcode = Fixtures.randomPostcode();
		Person child = people.create(new NewPerson("Maya", Fixtures.randomName(), List.of(),
				LocalDate.now().minusYears(7), null, Sex.FEMALE, nhsNumber, null,
				new NewPerson.NewAddress("4 Mill Lane", null, "Leeds", postcode, LocalDate.now().minusYears(2)),
				school.id()), teacher.id());

		assertThat(people.findByNhsNumber(nhsNumber)).map(Person::id).hasValue(child.id());
		PersonRecord record = records.record(child.id());
		assertThat(record.currentEducation()).hasValueSatisfying(placement -> {
			assertThat(placement.agencyId()).isEqualTo(school.id());
			assertThat(placement.settingName()).isEqualTo(school.name());
		});
		assertThat(record.currentAddress()).hasValueSatisfying(home -> assertThat(home.postcode()).isEqualTo(postcode));
	}

	@Test
	void twoRecordsOfOneChildMergedAreReadAsOneFromEitherAndApartAgainWhenUnmerged() {
		Practitioner mash = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.MASH);
		String family = Fixtures.randomName();
		LocalDate born = LocalDate.now().minusYears(5);
		Person kept = person("Jayden", family, born, Fixtures.randomPostcode(), mash);
		Person merged = person("Jaydon", family, born, Fixtures.randomPostcode(), mash);

		IdentityLink link = merges.merge(kept.id(), merged.id(), "Same child: the health visitor confirmed", mash,
				Channel.PAGE);
		PersonRecord fromTheMerged = records.record(merged.id());
		assertThat(fromTheMerged.person().id()).isEqualTo(kept.id());
		assertThat(fromTheMerged.isMerged()).isTrue();
		assertThat(fromTheMerged.otherNames()).extracting(OtherName::givenName).contains("Jaydon");
		assertThat(fromTheMerged.addresses()).hasSize(2);

		merges.unmerge(link.id(), "Twins, not one child", mash, Channel.PAGE);
		assertThat(records.record(merged.id()).person().id()).isEqualTo(merged.id());
		assertThat(records.record(kept.id()).isMerged()).isFalse();
	}

	@Test
	void aChildsFamilyNetworkHasTheirParentAndWhoElseLivesWithThem() {
		Practitioner worker = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP));
		String family = Fixtures.randomName();
		String postcode = Fixtures.randomPostcode();
		Person child = person("Leo", family, LocalDate.now().minusYears(6), postcode, worker);
		Person mother = person("Dana", family, LocalDate.now().minusYears(31), postcode, worker);
		Person father = person("Sam", family, LocalDate.now().minusYears(33), Fixtures.randomPostcode(), worker);
		families.relate(mother.id(), child.id(), RelationshipType.PARENT, worker.id());
		families.relate(father.id(), child.id(), RelationshipType.PARENT, worker.id());

		assertThat(families.of(child.id())).satisfiesExactlyInAnyOrder(member -> {
			assertThat(member.person().id()).isEqualTo(mother.id());
			assertThat(member.relationship()).isEqualTo("Parent");
			assertThat(member.inHousehold()).isTrue();
		}, member -> {
			assertThat(member.person().id()).isEqualTo(father.id());
			assertThat(member.inHousehold()).isFalse();
		});
		assertThat(families.of(mother.id())).singleElement()
			.satisfies(member -> assertThat(member.relationship()).isEqualTo("Child"));
	}

	private Person person(String givenName, String familyName, LocalDate born, String postcode, Practitioner by) {
		return people.create(new NewPerson(givenName, familyName, List.of(), born, null, Sex.MALE, null, null,
				new NewPerson.NewAddress("12 Canal Street", null, "Leeds", postcode, LocalDate.now().minusYears(1)),
				null), by.id());
	}

}
