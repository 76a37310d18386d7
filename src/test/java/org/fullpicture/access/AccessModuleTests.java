package org.fullpicture.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.fullpicture.access.internal.SignedInPractitioner;
import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.InvolvementBasis;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.agencies.Role;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.support.ModuleTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Access with the modules it uses directly, as it cannot start alone (agencies for
 * practitioners and involvements, linkage for merged records, web for drafts): who may
 * read a child's chronology and on what grounds, break-glass, the grounds another module
 * offers, and the audit of each. The people module depends on access and is not started:
 * a bare person row stands for the child.
 */
@ModuleTest(BootstrapMode.DIRECT_DEPENDENCIES)
@Import(AccessModuleTests.OfferedGrounds.class)
class AccessModuleTests {

	@Autowired
	RecordAccess records;

	@Autowired
	AccessPolicy policy;

	@Autowired
	AuditTrail audit;

	@Autowired
	BreakGlass breakGlass;

	@Autowired
	Agencies agencies;

	@Autowired
	Practitioners practitioners;

	@Autowired
	Involvements involvements;

	@Autowired
	JdbcClient db;

	@Autowired
	TeamsAroundTheFamily teams;

	/**
	 * A module's grounds, as the early help module offers its teams around the family.
	 */
	static class TeamsAroundTheFamily implements GroundsSource {

		final Set<UUID> members = ConcurrentHashMap.newKeySet();

		final Set<UUID> children = ConcurrentHashMap.newKeySet();

		@Override
		public Optional<Grounds> groundsFor(Practitioner viewer, Set<UUID> personIds) {
			return members.contains(viewer.id()) && personIds.stream().anyMatch(children::contains)
					? Optional.of(Grounds.TEAM_AROUND_THE_FAMILY) : Optional.empty();
		}

	}

	@TestConfiguration
	static class OfferedGrounds {

		@Bean
		TeamsAroundTheFamily teamsAroundTheFamily() {
			return new TeamsAroundTheFamily();
		}

	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anInvolvedAgencyReadsTheChronologyAnotherSeesOnlyItsOwnEntriesAndEachLookIsAudited() {
		Agency school = agency(AgencyType.SCHOOL);
		Practitioner teacher = practitioner(school, Role.PRACTITIONER);
		Practitioner officer = practitioner(agency(AgencyType.POLICE), Role.PRACTITIONER);
		UUID child = child();
		involvements.add(child, school.id(), null, LocalDate.now().minusMonths(3), null, "On roll",
				InvolvementBasis.WORKFLOW, teacher.id());

		assertThat(openChronologyAs(teacher, child)).isEqualTo(Grounds.INVOLVEMENT);
		assertThat(openChronologyAs(officer, child)).isEqualTo(Grounds.NONE);

		assertThat(audit.ofPerson(child, 1, 10).items()).satisfiesExactlyInAnyOrder(look -> {
			assertThat(look.practitionerId()).isEqualTo(teacher.id());
			assertThat(look.practitionerName()).isEqualTo(teacher.displayName());
			assertThat(look.agencyName()).isEqualTo(school.name());
			assertThat(look.action()).isEqualTo(AuditAction.VIEWED_CHRONOLOGY);
			assertThat(look.grounds()).isEqualTo(Grounds.INVOLVEMENT);
		}, look -> {
			assertThat(look.practitionerId()).isEqualTo(officer.id());
			assertThat(look.action()).isEqualTo(AuditAction.VIEWED_OWN_ENTRIES);
			assertThat(look.grounds()).isEqualTo(Grounds.NONE);
		});
	}

	@Test
	void breakGlassWantsAReasonInWordsThenGrantsAuditsAndGoesToTheAgencysLeadForReview() {
		Agency surgery = agency(AgencyType.GP);
		Practitioner gp = practitioner(surgery, Role.PRACTITIONER);
		Practitioner surgeryLead = practitioner(surgery, Role.SAFEGUARDING_LEAD);
		Practitioner otherLead = practitioner(agency(AgencyType.SCHOOL), Role.SAFEGUARDING_LEAD);
		UUID child = child();

		assertThatThrownBy(() -> breakGlass.grant(gp, child, "Ref 2024-0001-ABCD-99999", Channel.PAGE))
			.isInstanceOf(InvalidInput.class);
		assertThat(policy.groundsFor(gp, child)).isEqualTo(Grounds.NONE);

		String reason = "Unplanned attendance out of hours, need the history";
		breakGlass.grant(gp, child, reason, Channel.PAGE);
		assertThat(policy.groundsFor(gp, child)).isEqualTo(Grounds.BREAK_GLASS);
		assertThat(audit.ofPerson(child, 1, 10).items()).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo(AuditAction.BROKE_GLASS);
			assertThat(e.grounds()).isEqualTo(Grounds.BREAK_GLASS);
			assertThat(e.reason()).isEqualTo(reason);
		});
		assertThat(breakGlass.eventsFor(surgeryLead, true, 1, 10).items()).singleElement().satisfies(e -> {
			assertThat(e.personId()).isEqualTo(child);
			assertThat(e.practitionerName()).isEqualTo(gp.displayName());
			assertThat(e.agencyName()).isEqualTo(surgery.name());
		});
		assertThat(breakGlass.eventsFor(otherLead, true, 1, 10).items()).noneMatch(e -> e.personId().equals(child));
	}

	@Test
	void theGroundsAnotherModuleOffersAreAskedForWhenTheAgencyIsNotInvolved() {
		Practitioner worker = practitioner(agency(AgencyType.HOUSING), Role.PRACTITIONER);
		UUID child = child();
		assertThat(policy.groundsFor(worker, child)).isEqualTo(Grounds.NONE);

		teams.members.add(worker.id());
		teams.children.add(child);
		assertThat(openChronologyAs(worker, child)).isEqualTo(Grounds.TEAM_AROUND_THE_FAMILY);
		assertThat(audit.ofPerson(child, 1, 10).items()).singleElement()
			.satisfies(e -> assertThat(e.grounds()).isEqualTo(Grounds.TEAM_AROUND_THE_FAMILY));
	}

	private Grounds openChronologyAs(Practitioner viewer, UUID child) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken
				.authenticated(new SignedInPractitioner(viewer, null, true, true), null, Set.of()));
		return records.openChronology(child, Channel.PAGE);
	}

	private Agency agency(AgencyType type) {
		return agencies.add(type.label() + " " + UUID.randomUUID(), type, "Office", "office@example.org",
				"01632 960000");
	}

	private Practitioner practitioner(Agency agency, Role role) {
		return practitioners.add(agency.id(), "user-" + UUID.randomUUID(), "Practitioner " + UUID.randomUUID(), null,
				null, "{noop}x", Set.of(role));
	}

	/** The people module is not started here: a bare row stands for the child. */
	private UUID child() {
		UUID id = UUID.randomUUID();
		db.sql("""
				INSERT INTO person (id, given_name, family_name, family_name_key, date_of_birth, sex, created_at, created_by)
				VALUES (?, 'Kit', 'Test', 'test', ?, 'FEMALE', ?, ?)""")
			.params(id, LocalDate.now().minusYears(8), OffsetDateTime.now(), UUID.randomUUID())
			.update();
		return id;
	}

}
