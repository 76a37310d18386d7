package org.fullpicture.linkage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class IdentitiesRootsTests {

	@Autowired
	Identities identities;

	@Autowired
	Fixtures fixtures;

	@Test
	void manyPeopleAtOnceGetTheSameRootsAsOneAtATime() {
		Practitioner mash = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE));
		UUID a = child("Ann", mash);
		UUID b = child("Bea", mash);
		UUID c = child("Cal", mash);
		UUID d = child("Dan", mash);
		UUID e = child("Eve", mash);
		// c into b into a: two levels; d into e, then undone
		identities.merge(b, c, mash.id(), "Same child");
		identities.merge(a, b, mash.id(), "Same child");
		IdentityLink undone = identities.merge(e, d, mash.id(), "Same child");
		identities.unmerge(undone.id(), mash.id(), "Not the same child");
		Map<UUID, UUID> roots = identities.rootsOf(List.of(a, b, c, d, e));
		assertThat(roots).containsExactlyInAnyOrderEntriesOf(Map.of(a, a, b, a, c, a, d, d, e, e));
		for (UUID id : List.of(a, b, c, d, e)) {
			assertThat(roots.get(id)).isEqualTo(identities.rootOf(id));
		}
		assertThat(identities.rootsOf(List.of())).isEmpty();
	}

	private UUID child(String given, Practitioner by) {
		return fixtures.child(given, "Rootstest", LocalDate.of(2014, 2, 3), by.id()).id();
	}

}
