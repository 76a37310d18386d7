package org.fullpicture.agencies;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The agencies module on its own: agencies, their practitioners' accounts, and the rules
 * of an involvement.
 */
@ModuleTest
class AgenciesModuleTests {

	@Autowired
	Agencies agencies;

	@Autowired
	Practitioners practitioners;

	@Autowired
	Involvements involvements;

	@Test
	void aPractitionerIsFoundByUsernameWithTheirAgencyAndRoles() {
		Agency school = agencies.add("Riverside Primary " + UUID.randomUUID(), AgencyType.SCHOOL, "Office",
				"office@riverside.example", "0113 496 0000");
		String username = "dsl-" + UUID.randomUUID();
		Practitioner lead = practitioners.add(school.id(), username, "Priya Lead", null, null, "{noop}x",
				Set.of(Role.SAFEGUARDING_LEAD));
		assertThat(practitioners.account(username)).hasValueSatisfying(account -> {
			assertThat(account.practitioner().id()).isEqualTo(lead.id());
			assertThat(account.practitioner().agencyId()).isEqualTo(school.id());
			assertThat(account.practitioner().roles()).containsExactly(Role.SAFEGUARDING_LEAD);
			assertThat(account.enabled()).isTrue();
		});
		assertThat(agencies.educationSettings()).extracting(Agency::id).contains(school.id());
	}

	@Test
	void failedSignInsLockTheAccountAtTheLimitAndASuccessfulOneClearsThem() {
		Agency police = agencies.add("Police " + UUID.randomUUID(), AgencyType.POLICE, "Desk", "desk@police.example",
				"0113 496 0001");
		String username = "pc-" + UUID.randomUUID();
		practitioners.add(police.id(), username, "PC Shaw", null, null, "{noop}x", Set.of(Role.PRACTITIONER));
		Instant until = Instant.parse("2030-01-01T10:15:00Z");
		practitioners.recordFailedSignIn(username, 2, until);
		assertThat(practitioners.account(username).orElseThrow().lockedUntil()).isNull();
		practitioners.recordFailedSignIn(username, 2, until);
		assertThat(practitioners.account(username).orElseThrow().lockedUntil()).isEqualTo(until);
		practitioners.recordSuccessfulSignIn(username);
		assertThat(practitioners.account(username).orElseThrow().lockedUntil()).isNull();
	}

	@Test
	void anInvolvementWithoutAKnownAgencyAStartOrAReasonIsRefusedFieldByField() {
		assertThatThrownBy(() -> involvements.add(UUID.randomUUID(), UUID.randomUUID(), null, null, null, " ",
				InvolvementBasis.WORKFLOW, UUID.randomUUID()))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
				.containsExactly("agencyId", "from", "reason"));
	}

}
