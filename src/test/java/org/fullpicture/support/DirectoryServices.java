package org.fullpicture.support;

import java.time.Duration;
import java.util.UUID;

import org.fullpicture.agencies.Practitioner;
import org.springframework.test.web.servlet.MockMvc;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Puts a service in the directory as an administrator does, through the Open Referral UK
 * import.
 */
public final class DirectoryServices {

	private DirectoryServices() {
	}

	public static UUID add(MockMvc mvc, Practitioner admin, String name, String status, int minimumAge, int maximumAge)
			throws Exception {
		UUID id = UUID.randomUUID();
		String body = """
				{"id":"%s","name":"%s","status":"%s","minimum_age":%d,"maximum_age":%d,
				 "organization":{"id":"%s","name":"Family Lantern Trust"}}""".formatted(id, name, status, minimumAge,
				maximumAge, UUID.randomUUID());
		String job = mvc
			.perform(post("/api/v1/directory/imports").with(SignedIn.as(admin))
				.contentType("application/json")
				.content(body))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> mvc.perform(get(job).with(SignedIn.as(admin)))
				.andExpect(content().string(containsString("\"finished\":true"))));
		return id;
	}

}
