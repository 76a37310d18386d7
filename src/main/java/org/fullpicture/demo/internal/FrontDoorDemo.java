package org.fullpicture.demo.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.calendar.WorkingCalendar;
import org.fullpicture.frontdoor.Checks;
import org.fullpicture.frontdoor.Consent;
import org.fullpicture.frontdoor.Contact;
import org.fullpicture.frontdoor.ContactCheck;
import org.fullpicture.frontdoor.Contacts;
import org.fullpicture.frontdoor.DecisionOutcome;
import org.fullpicture.frontdoor.Decisions;
import org.fullpicture.frontdoor.NewContact;
import org.fullpicture.frontdoor.NewDecision;
import org.fullpicture.frontdoor.PublicReport;
import org.fullpicture.frontdoor.Referrer;
import org.fullpicture.frontdoor.ReferrerKind;
import org.fullpicture.frontdoor.Urgency;
import org.springframework.stereotype.Component;

/**
 * A realistic front door for the demo town: public reports waiting for their children to
 * be found, open contacts (some overdue, some with checks outstanding), decisions waiting
 * for sign-off, and decided contacts with a challenge.
 */
@Component
class FrontDoorDemo {

	private final Contacts contacts;

	private final Checks checks;

	private final Decisions decisions;

	private final Practitioners practitioners;

	private final Involvements involvements;

	private final Agencies agencies;

	private final Clock clock;

	private final WorkingCalendar calendar;

	FrontDoorDemo(Contacts contacts, Checks checks, Decisions decisions, Practitioners practitioners,
			Involvements involvements, Agencies agencies, Clock clock, WorkingCalendar calendar) {
		this.calendar = calendar;
		this.contacts = contacts;
		this.checks = checks;
		this.decisions = decisions;
		this.practitioners = practitioners;
		this.involvements = involvements;
		this.agencies = agencies;
		this.clock = clock;
	}

	void load() {
		Practitioner mash = demo("mash");
		Practitioner manager = demo("manager");
		Practitioner dsl = demo("school-dsl");
		Practitioner police = demo("police");
		Practitioner healthVisitor = demo("health-visitor");
		List<UUID> pupils = involvements.childrenOf(dsl.id(), dsl.agencyId(), 12);
		List<UUID> babies = involvements.childrenOf(healthVisitor.id(), healthVisitor.agencyId(), 4);
		if (pupils.size() < 10) {
			return;
		}
		Agency policeForce = agency(AgencyType.POLICE);
		Agency health = agency(AgencyType.HEALTH_VISITING);

		// public reports the MASH has still to match to children
		contacts.reportPublicly(new PublicReport(ReferrerKind.NEIGHBOUR, "Pat Green", "07700 900461",
				"The two boys at number 14 Mill Lane, about 6 and 9",
				"The boys were on the street at 11pm again, no coat, and said mum was asleep.",
				"That they will be hurt on the road.", "Someone to check they are looked after."));
		contacts.reportPublicly(new PublicReport(ReferrerKind.ANONYMOUS, null, null, "A girl of about 13 at the flats",
				"She gets into different cars with older men after school.", null, null));
		contacts.reportPublicly(new PublicReport(ReferrerKind.RELATIVE, "A grandparent", "grandparent@example.org",
				"My granddaughter, 4", "Her mum's new partner shouts at her and she is frightened of him.", null,
				null));

		// open contacts: one overdue by days, one just overdue, some fresh; checks asked
		// and answered
		Contact overdue = refer(dsl, pupils.get(0), "Jade came in with a black eye and said she walked into a door.",
				Urgency.MEDIUM, workingDaysAgo(5));
		Contact lateRed = refer(police, pupils.get(1),
				"Called to a domestic incident; Tyler (10) was in the house and hid upstairs.", Urgency.HIGH,
				workingDaysAgo(2));
		ContactCheck answered = checks.ask(lateRed.id(), health.id(),
				"Any concerns about the family's younger children?", mash);
		checks.ask(lateRed.id(), dsl.agencyId(), "How is Tyler's attendance and presentation at school?", mash);
		checks.answer(answered.id(), "Health visitor saw the baby last week; the home was cold and the mother low.",
				healthVisitor);
		refer(dsl, pupils.get(2), "Mo has lost weight and is taking food from other children's lunch boxes.",
				Urgency.MEDIUM, ago(Duration.ofHours(2)));
		refer(dsl, pupils.get(3), "Attendance down to 74% this term; mum says she cannot get him up.", Urgency.LOW,
				ago(Duration.ofMinutes(40)));
		Contact withCheck = refer(healthVisitor, babies.isEmpty() ? pupils.get(4) : babies.get(0),
				"Baby not brought to two appointments; mother did not answer the door at the planned visit.",
				Urgency.MEDIUM, ago(Duration.ofHours(3)));
		checks.ask(withCheck.id(), policeForce.id(), "Any police involvement at this address in the last year?", mash);

		// decisions waiting for a manager's sign-off
		decide(refer(dsl, pupils.get(5), "Ella was upset after her parents argued at the school gate.", Urgency.LOW,
				ago(Duration.ofHours(6))), 1, DecisionOutcome.NO_FURTHER_ACTION,
				"Single incident, parents already "
						+ "working with the school pastoral lead; no further concerns from other agencies.",
				"School pastoral support", mash);
		decide(refer(police, pupils.get(6),
				"Sam (14) stopped with cannabis; says he is looking after himself at weekends.", Urgency.MEDIUM,
				ago(Duration.ofHours(5))), 2, DecisionOutcome.NO_FURTHER_ACTION,
				"First contact; father says he works weekends and an aunt looks in.", null, mash);

		// decided contacts, one of them challenged
		decide(refer(dsl, pupils.get(7), "Ava says she has to look after her little brothers every evening.",
				Urgency.MEDIUM, ago(Duration.ofDays(2))), 2, DecisionOutcome.EARLY_HELP,
				"Young carer with a mother in poor health; the family agree to early help.", null, mash);
		decide(refer(police, pupils.get(8), "Third missing episode in a month; found with older youths in a car.",
				Urgency.HIGH, ago(Duration.ofHours(8))), 4, DecisionOutcome.STRATEGY_DISCUSSION,
				"Risk of criminal and sexual exploitation; police and school information agree.", null, mash);
		Contact challenged = refer(dsl, pupils.get(9), "Leo said dad hit him with a belt; a mark on his leg.",
				Urgency.HIGH, ago(Duration.ofDays(3)));
		decide(challenged, 3, DecisionOutcome.CHILD_IN_NEED_ASSESSMENT,
				"Physical chastisement disclosed; assessment to understand the home.", null, mash);
		var challenge = decisions.challenge(challenged.id(),
				"A mark from a belt is an injury: we think this needs a strategy discussion, not an assessment.", dsl);
		decisions.respond(challenge.id(), "Agreed on review with the police: a strategy discussion is held today.",
				manager);
	}

	private Contact refer(Practitioner by, UUID child, String whatHappened, Urgency urgency, Instant receivedAt) {
		return contacts
			.make(new NewContact(List.of(child), List.of(), new Referrer(ReferrerKind.PRACTITIONER, null, null),
					whatHappened, null, null, Consent.GIVEN, null, urgency, receivedAt), by)
			.contact();
	}

	private void decide(Contact contact, int level, DecisionOutcome outcome, String rationale, String signpostedTo,
			Practitioner mash) {
		// no further action for a teenager signposts him to the directory's youth club
		UUID service = outcome == DecisionOutcome.NO_FURTHER_ACTION && signpostedTo == null ? DirectoryDemo.YOUTH_CLUB
				: null;
		decisions.decide(contact.id(), new NewDecision(level, outcome, rationale, signpostedTo, service), mash);
	}

	private Instant ago(Duration duration) {
		return clock.instant().minus(duration);
	}

	// overdue on any day the demo starts, weekends and bank holidays included
	private Instant workingDaysAgo(int days) {
		Instant at = clock.instant();
		for (int counted = 0; counted < days;) {
			at = at.minus(Duration.ofDays(1));
			if (calendar.isWorkingDay(at.atZone(UkTime.ZONE).toLocalDate())) {
				counted++;
			}
		}
		return at;
	}

	private Practitioner demo(String username) {
		return practitioners.account(username).orElseThrow().practitioner();
	}

	private Agency agency(AgencyType type) {
		return agencies.all().stream().filter(a -> a.type() == type).findFirst().orElseThrow();
	}

}
