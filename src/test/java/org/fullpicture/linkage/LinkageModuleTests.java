package org.fullpicture.linkage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.fullpicture.agencies.Practitioner;
import org.fullpicture.linkage.LinkageModel.Scored;
import org.fullpicture.linkage.LinkageResult.Decision;
import org.fullpicture.linkage.LinkageResult.Match;
import org.fullpicture.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Linkage on its own: the model the product scores new records with knows a child in an
 * exact copy and in one with a typo, an equal NHS number is always put to a person, and a
 * merge makes two records one person until it is undone. The people module is not
 * started: bare person rows stand for the records merged.
 */
@ModuleTest
class LinkageModuleTests {

	private static final LinkageAddress ELM_ROAD = new LinkageAddress("1", "Elm Road", null, "Leeds", "LS2 9JT");

	private static final LinkageAddress NEW_STREET = new LinkageAddress("9", "New Street", null, "Leeds", "LS1 4AP");

	@Autowired
	LinkageModels models;

	@Autowired
	Identities identities;

	@Autowired
	JdbcClient db;

	@Test
	void theModelInUseScoresAnExactCopyAndATypoCopyAsTheSamePersonAndASiblingAsNobody() {
		LinkageRecord amelia = person("Amelia", "Hargreaves", LocalDate.of(2014, 2, 11), null, ELM_ROAD);
		LinkageRecord typo = person("Aemlia", "Hargreaves", LocalDate.of(2014, 2, 11), null, ELM_ROAD);
		LinkageRecord brother = person("Jack", "Hargreaves", LocalDate.of(2010, 9, 23), null, ELM_ROAD);

		List<Scored> scored = models.current().score(amelia, List.of(brother, typo, amelia));

		assertThat(scored).extracting(Scored::candidate, Scored::decision)
			.containsExactlyInAnyOrder(tuple(2, Decision.SAME_PERSON), tuple(1, Decision.SAME_PERSON), tuple(0, null));
	}

	@Test
	void anEqualNhsNumberIsAlwaysPutToAPersonHoweverElseThePairDiffers() {
		LinkageRecord amelia = person("Amelia", "Hargreaves", LocalDate.of(2014, 2, 11), "9434765919", ELM_ROAD);
		LinkageRecord stranger = person("Oliver", "Patel", LocalDate.of(2001, 5, 30), "9434765919", NEW_STREET);

		assertThat(new LinkageEngine(models.settings()).link(List.of(amelia), List.of(stranger)).matches())
			.extracting(Match::decision)
			.containsExactly(Decision.REVIEW);
	}

	@Test
	void aMergeMakesTwoRecordsOnePersonUntilItIsUndone() {
		UUID kept = personRow();
		UUID merged = personRow();

		IdentityLink link = identities.merge(kept, merged, Practitioner.SYSTEM_ID, "Same child: NHS number confirmed");
		assertThat(identities.rootOf(merged)).isEqualTo(kept);
		assertThat(identities.sameAs(merged)).containsExactly(kept, merged);

		identities.unmerge(link.id(), Practitioner.SYSTEM_ID, "Twins, not one child");
		assertThat(identities.rootOf(merged)).isEqualTo(merged);
		assertThat(identities.sameAs(kept)).containsExactly(kept);
	}

	private static LinkageRecord person(String given, String family, LocalDate born, String nhsNumber,
			LinkageAddress home) {
		return new LinkageRecord(UUID.randomUUID().toString(), given, List.of(), family, born, LinkageSex.FEMALE,
				nhsNumber, null, List.of(home));
	}

	private UUID personRow() {
		UUID id = UUID.randomUUID();
		db.sql("""
				INSERT INTO person (id, given_name, family_name, family_name_key, sex, created_at, created_by)
				VALUES (?, 'Kit', 'Test', 'test', 'FEMALE', ?, ?)""")
			.params(id, OffsetDateTime.now(), Practitioner.SYSTEM_ID)
			.update();
		return id;
	}

}
