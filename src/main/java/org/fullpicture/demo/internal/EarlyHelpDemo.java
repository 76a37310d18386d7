package org.fullpicture.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.earlyhelp.ClosureReason;
import org.fullpicture.earlyhelp.EarlyHelpEpisodes;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Early help in the demo town, one episode in each state: unallocated for weeks (past the
 * raise to managers) and for a day, open with a team, a plan, reviews and an overdue
 * action, a review overdue, a closure awaiting approval, closed, and closed after a
 * manager's approval. Made through the early help module, so each has its chronology
 * entries.
 */
@Component
class EarlyHelpDemo {

	private final EarlyHelpEpisodes earlyHelp;

	private final Practitioners practitioners;

	private final Involvements involvements;

	private final People people;

	private final JdbcClient db;

	private final Clock clock;

	EarlyHelpDemo(EarlyHelpEpisodes earlyHelp, Practitioners practitioners, Involvements involvements, People people,
			JdbcClient db, Clock clock) {
		this.earlyHelp = earlyHelp;
		this.practitioners = practitioners;
		this.involvements = involvements;
		this.people = people;
		this.db = db;
		this.clock = clock;
	}

	void load() {
		Practitioner worker = account("family-support");
		Practitioner manager = account("manager");
		Practitioner school = account("school-dsl");
		Practitioner youth = account("youth-worker");
		LocalDate today = LocalDate.now(clock);
		List<UUID> children = people.findAll(involvements.childrenOf(worker.id(), worker.agencyId(), 60))
			.stream()
			.filter(p -> p.isChildOn(today))
			.map(Person::id)
			.limit(8)
			.toList();
		if (children.size() < 8) {
			return;
		}

		UUID waitingLong = earlyHelp.open(List.of(children.get(0)),
				"School says mornings are chaotic and the children are often hungry.", worker);
		openedDaysAgo(waitingLong, 16);
		UUID waitingLonger = earlyHelp.open(List.of(children.get(1)),
				"Mum asked the health visitor for help with sleep and routines.", worker);
		openedDaysAgo(waitingLonger, 9);
		earlyHelp.open(List.of(children.get(2)), "Missing Mondays at school since the summer.", worker);

		UUID working = earlyHelp.open(List.of(children.get(3)),
				"Arguments at home; the child told school they stay out late to avoid them.", worker);
		earlyHelp.setLead(working, worker.id(), null, worker);
		earlyHelp.addMember(working, school.id(), "School attendance and pastoral support", worker);
		earlyHelp.addMember(working, youth.id(), "Youth club on Tuesdays and Thursdays", worker);
		List<UUID> outcomes = earlyHelp.makePlan(working, List.of("I am home by nine on school nights",
				"I go to school every day", "Mum and Dad sort out arguments without shouting"), worker);
		earlyHelp.review(working, today.minusWeeks(12), scores(outcomes, 2, 3, 1),
				"First review: first weeks of youth club.", worker);
		earlyHelp.review(working, today.minusWeeks(6), scores(outcomes, 5, 6, 3), "Home by nine four nights in five.",
				worker);
		earlyHelp.review(working, today.minusDays(2), scores(outcomes, 7, 8, 4), "Attendance 93% this half term.",
				worker);
		earlyHelp.addAction(working, "Book a family session with the parenting worker", worker.id(), today.minusDays(5),
				worker);
		earlyHelp.addAction(working, "Send the attendance figures before the next review", school.id(),
				today.plusDays(10), worker);

		UUID reviewLate = earlyHelp.open(List.of(children.get(4)),
				"Housing disrepair and damp; the child has repeated chest infections.", worker);
		earlyHelp.setLead(reviewLate, worker.id(), null, worker);
		earlyHelp.review(reviewLate, today.minusWeeks(8),
				scores(earlyHelp.makePlan(reviewLate, List.of("The bedroom is dry and warm"), worker), 3),
				"Landlord visited; repairs booked.", worker);

		UUID awaiting = earlyHelp.open(List.of(children.get(5)), "Neglect concerns from school: hunger and clothing.",
				worker);
		earlyHelp.setLead(awaiting, worker.id(), null, worker);
		earlyHelp.askToClose(awaiting, ClosureReason.NOT_ENGAGING,
				"Five home visits over six weeks; nobody answered the door.",
				"Visits at different times of day, two letters, a call from the school nurse.",
				"The child still comes to school hungry on Mondays.", worker);

		UUID met = earlyHelp.open(List.of(children.get(6)), "Low mood after a family bereavement.", worker);
		earlyHelp.setLead(met, worker.id(), null, worker);
		earlyHelp.askToClose(met, ClosureReason.OUTCOMES_MET,
				"Counselling finished; the child says she feels like herself again.", null, null, worker);

		UUID withdrawn = earlyHelp.open(List.of(children.get(7)), "Dad asked for help with a teenager's behaviour.",
				worker);
		earlyHelp.setLead(withdrawn, worker.id(), null, worker);
		earlyHelp.askToClose(withdrawn, ClosureReason.CONSENT_WITHDRAWN,
				"Dad said the family will manage on their own now.", "Offered evening visits and a different worker.",
				"None beyond the usual; school will keep in touch.", worker);
		earlyHelp.decideClosure(withdrawn, true, "Agreed: school to tell us if anything changes.", manager);
	}

	private Practitioner account(String username) {
		return practitioners.account(username).orElseThrow().practitioner();
	}

	/**
	 * The town's past: the module opens episodes now, so an older one is moved back here,
	 * as the town's entries are.
	 */
	private void openedDaysAgo(UUID episode, int days) {
		db.sql("UPDATE episode SET opened_at = ? WHERE id = ?")
			.params(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minusDays(days), episode)
			.update();
	}

	private static Map<UUID, Integer> scores(List<UUID> outcomes, int... scores) {
		Map<UUID, Integer> byOutcome = new java.util.LinkedHashMap<>();
		for (int i = 0; i < outcomes.size(); i++) {
			byOutcome.put(outcomes.get(i), scores[i]);
		}
		return byOutcome;
	}

}
