package org.fullpicture.notify;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.people.Person;
import org.fullpicture.support.Fixtures;
import org.fullpicture.support.SignedIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Steps the notify tests share: recording through the real API, and waiting for listeners
 * that run after commit.
 */
final class NotifyScenario {

	private NotifyScenario() {
	}

	static UUID record(MockMvc mvc, Fixtures fixtures, Practitioner recorder, Person child, String type,
			String occurredAt, String sensitivity) throws Exception {
		String body = mvc
			.perform(post("/api/v1/chronology").with(SignedIn.as(recorder))
				.contentType("application/json")
				.content("{\"childIds\":[\"" + child.id() + "\"],\"type\":\"" + type + "\",\"occurredAt\":\""
						+ occurredAt + "\",\"text\":\"Seen at the station at 9pm.\",\"sensitivity\":\"" + sensitivity
						+ "\",\"source\":\"PROFESSIONAL\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(body.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1"));
	}

	static void involve(Involvements involvements, Person child, Agency agency, Practitioner named) {
		involvements.add(child.id(), agency.id(), named == null ? null : named.id(), LocalDate.of(2026, 1, 5), null,
				"Works with the family", org.fullpicture.agencies.InvolvementBasis.WORKFLOW, null);
	}

	/**
	 * Waits until every event publication has been handled (listeners run asynchronously
	 * after commit).
	 */
	static void settle(JdbcClient db) {
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> db.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
				.query(Long.class)
				.single() == 0);
	}

}
