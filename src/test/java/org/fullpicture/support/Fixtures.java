package org.fullpicture.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.NewPerson;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.people.Sex;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Agencies, practitioners and people made fresh for each test, so tests never depend on
 * each other's data.
 */
@Component
public class Fixtures {

	public static final String PASSWORD = "correct horse battery staple";

	private final Agencies agencies;

	private final Practitioners practitioners;

	private final People people;

	private final PasswordEncoder encoder;

	Fixtures(Agencies agencies, Practitioners practitioners, People people, PasswordEncoder encoder) {
		this.agencies = agencies;
		this.practitioners = practitioners;
		this.people = people;
		this.encoder = encoder;
	}

	public Agency agency(AgencyType type) {
		String name = type.label() + " " + unique();
		return agencies.add(name, type, "Safeguarding lead " + unique(), "dsl@example.org", "01632 960000");
	}

	private String passwordHash;

	public Practitioner practitioner(Agency agency, Role... roles) {
		if (passwordHash == null) {
			passwordHash = encoder.encode(PASSWORD); // one slow hash for every test
														// practitioner
		}
		return practitioners.add(agency.id(), "user-" + unique(), "Practitioner " + unique(), "p@example.org",
				"01632 960001", passwordHash, roles.length == 0 ? Set.of(Role.PRACTITIONER) : Set.of(roles));
	}

	public Person child(String givenName, String familyName, LocalDate dateOfBirth, UUID createdBy) {
		return people.create(new NewPerson(givenName, familyName, List.of(), dateOfBirth, null, Sex.FEMALE, null, null,
				new NewPerson.NewAddress(unique() + " Test Street", null, "Testtown", "TE1 1ST",
						LocalDate.of(2020, 1, 1)),
				null), createdBy);
	}

	// signing in checks a bcrypt hash, slow on purpose: one token per practitioner is
	// enough
	private final java.util.Map<UUID, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Signs in through the real API (once per practitioner) and returns the bearer header
	 * value.
	 */
	public String bearer(MockMvc mvc, Practitioner practitioner) throws Exception {
		String cached = tokens.get(practitioner.id());
		if (cached != null) {
			return cached;
		}
		String body = mvc
			.perform(post("/api/v1/tokens").contentType("application/json")
				.content("{\"username\":\"" + practitioner.username() + "\",\"password\":\"" + PASSWORD + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String bearer = "Bearer " + body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		tokens.put(practitioner.id(), bearer);
		return bearer;
	}

	/** A valid NHS number no other test uses (the test database is shared). */
	public static String nhsNumber() {
		java.util.Random random = new java.util.Random();
		while (true) {
			StringBuilder digits = new StringBuilder();
			int sum = 0;
			for (int i = 0; i < 9; i++) {
				int d = random.nextInt(10);
				digits.append(d);
				sum += d * (10 - i);
			}
			int check = 11 - sum % 11;
			if (check != 10) {
				return digits.append(check == 11 ? 0 : check).toString();
			}
		}
	}

	/**
	 * A family name unlike any other test's, so that other tests' children are never
	 * close matches.
	 */
	public static String randomName() {
		java.util.Random random = new java.util.Random();
		StringBuilder name = new StringBuilder().append((char) ('A' + random.nextInt(26)));
		for (int i = 0; i < 9; i++) {
			name.append((char) ('a' + random.nextInt(26)));
		}
		return name.toString();
	}

	/**
	 * A postcode in Leeds (LS); tests wanting somewhere else use
	 * {@link #randomPostcodeAwayFromLeeds()}.
	 */
	public static String randomPostcode() {
		return randomPostcode("LS");
	}

	/**
	 * A postcode in Bradford: never in the same sector as {@link #randomPostcode()},
	 * which would count as living nearby.
	 */
	public static String randomPostcodeAwayFromLeeds() {
		return randomPostcode("BD");
	}

	private static String randomPostcode(String area) {
		java.util.Random random = new java.util.Random();
		return area + (1 + random.nextInt(9)) + " " + random.nextInt(10) + "ABDEFGHJ".charAt(random.nextInt(8))
				+ "LNPQRSTU".charAt(random.nextInt(8));
	}

	public static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
