package org.fullpicture.signals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.NewPerson;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.people.Sex;
import org.fullpicture.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A family written as its practitioners would record it, through the real API: each
 * agency records what it saw, days ago; the MASH reads the signals that came of it.
 */
final class Family {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final People people;

	private final JdbcClient db;

	final Practitioner mash;

	private final java.util.Map<AgencyType, Practitioner> recorders = new java.util.EnumMap<>(AgencyType.class);

	Family(MockMvc mvc, Fixtures fixtures, People people, JdbcClient db) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.people = people;
		this.db = db;
		this.mash = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.MASH);
	}

	Person child(LocalDate born) {
		return fixtures.child("Sam", Fixtures.randomName(), born, mash.id());
	}

	Person unborn(LocalDate due) {
		return people.create(new NewPerson("Unborn", Fixtures.randomName(), List.of(), null, due, Sex.NOT_KNOWN, null,
				null, new NewPerson.NewAddress(Fixtures.unique() + " Test Street", null, "Testtown", "TE1 1ST",
						LocalDate.of(2020, 1, 1)),
				null), mash.id());
	}

	/** Someone else living at the child's address. */
	Person livingWith(Person child, LocalDate born) {
		Person other = child(born);
		db.sql("UPDATE address SET address_key = (SELECT address_key FROM address WHERE person_id = ?) WHERE person_id = ?")
			.params(child.id(), other.id())
			.update();
		return other;
	}

	Practitioner at(AgencyType agency) {
		return recorders.computeIfAbsent(agency, a -> fixtures.practitioner(fixtures.agency(a)));
	}

	/** Records an entry about the child, so many days ago, and returns its id. */
	UUID record(Person child, AgencyType agency, String type, double daysAgo, String... factors) throws Exception {
		return record(child, at(agency), type, Instant.now().minus(Duration.ofMinutes((long) (daysAgo * 24 * 60))),
				factors);
	}

	UUID record(Person child, Practitioner by, String type, Instant at, String... factors) throws Exception {
		List<String> codes = new ArrayList<>();
		for (String f : factors) {
			codes.add("\"" + f + "\"");
		}
		String body = mvc
			.perform(post("/api/v1/chronology").header("Authorization", fixtures.bearer(mvc, by))
				.contentType("application/json")
				.content("{\"childIds\":[\"" + child.id() + "\"],\"type\":\"" + type + "\",\"occurredAt\":\"" + at
						+ "\",\"text\":\"Seen and recorded on the day.\",\"factors\":[" + String.join(",", codes)
						+ "]}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID id = UUID.fromString(JsonPath.read(body, "$.id"));
		awaitListeners(id.toString());
		return id;
	}

	/**
	 * Listeners run after commit on another thread: waits until every publication of
	 * events naming this id (an entry, a contact) has been handled, or failed, so the
	 * test reads what the listeners made of it.
	 */
	void awaitListeners(String id) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			long waiting = db
				.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL "
						+ "AND (status IS NULL OR status <> 'FAILED') AND serialized_event LIKE ?")
				.param("%" + id + "%")
				.query(Long.class)
				.single();
			if (waiting == 0) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The listeners did not finish handling " + id);
	}

	/** The signals of one rule about the child, as the MASH reads them. */
	List<java.util.Map<String, Object>> signals(Person child, String ruleId) throws Exception {
		String body = mvc
			.perform(get("/api/v1/people/" + child.id() + "/signals").header("Authorization",
					fixtures.bearer(mvc, mash)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.signals[?(@.ruleId == '" + ruleId + "')]");
	}

	/** Every rule id that fired for the child. */
	List<String> rulesFired(Person child) throws Exception {
		String body = mvc
			.perform(get("/api/v1/people/" + child.id() + "/signals").header("Authorization",
					fixtures.bearer(mvc, mash)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.signals[*].ruleId");
	}

	@SuppressWarnings("unchecked")
	static List<String> evidence(java.util.Map<String, Object> signal) {
		return (List<String>) signal.get("evidence");
	}

}
