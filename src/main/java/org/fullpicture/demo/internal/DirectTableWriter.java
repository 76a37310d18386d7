package org.fullpicture.demo.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.Factors;
import org.fullpicture.demo.internal.Family.AgencySpec;
import org.fullpicture.demo.internal.Family.Entry;
import org.fullpicture.demo.internal.Family.PractitionerSpec;
import org.fullpicture.people.People;
import org.fullpicture.shared.JdbcBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes generated families straight into the people, agencies and chronology modules'
 * tables with JDBC batches. This is the one place where the demo module touches other
 * modules' tables, on purpose: loading thousands of families (and, for benchmarks,
 * millions of entries) through the services would take hours, and the chronology service
 * stamps every entry as recorded now, which would erase the sharing delays the demo must
 * show. Agencies and practitioners, few and worth checking, go through their services.
 */
@Component
class DirectTableWriter {

	/** What was written. */
	record Counts(int agencies, int practitioners, long children, long adults, long entries, long involvements) {

		Counts plus(Family f) {
			return new Counts(agencies, practitioners, children + f.children().size(), adults + f.adults().size(),
					entries + f.entries().size(), involvements + f.involvements().size());
		}

	}

	/**
	 * The ids the services gave the town's agencies (by key) and practitioners (by
	 * username).
	 */
	private record Ids(Map<String, UUID> agencies, Map<String, UUID> practitioners) {
	}

	private static final int BATCH = 2_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Agencies agencies;

	private final Practitioners practitioners;

	private final PasswordEncoder encoder;

	DirectTableWriter(JdbcTemplate jdbc, TransactionTemplate transaction, Agencies agencies,
			Practitioners practitioners, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.agencies = agencies;
		this.practitioners = practitioners;
		this.encoder = encoder;
	}

	/**
	 * The town's agencies and practitioners, then the families in transactions of the
	 * given size.
	 */
	Counts load(Generator generator, String demoPassword, int familiesPerTransaction) {
		Ids ids = writeTown(demoPassword);
		List<Family> pending = new ArrayList<>();
		Counts[] counts = { new Counts(Town.AGENCIES.size(), Town.PRACTITIONERS.size(), 0, 0, 0, 0) };
		generator.generate(family -> {
			pending.add(family);
			counts[0] = counts[0].plus(family);
			if (pending.size() == familiesPerTransaction) {
				write(pending, ids);
				pending.clear();
			}
		});
		write(pending, ids);
		return counts[0];
	}

	private Ids writeTown(String demoPassword) {
		Ids ids = new Ids(new HashMap<>(), new HashMap<>());
		for (AgencySpec a : Town.AGENCIES) {
			ids.agencies().put(a.key(), agencies.add(a.name(), a.type(), a.contact(), a.email(), a.phone()).id());
		}
		String demoHash = encoder.encode(demoPassword);
		// the other practitioners exist to have written entries; nobody knows their
		// password
		String unusableHash = encoder.encode(UUID.randomUUID().toString());
		for (PractitionerSpec p : Town.PRACTITIONERS) {
			String email = p.username() + "@" + p.agencyKey() + ".example.org";
			ids.practitioners()
				.put(p.username(), practitioners
					.add(ids.agencies().get(p.agencyKey()), p.username(), p.displayName(), email,
							Town.agency(p.agencyKey()).phone(), p.demoAccount() ? demoHash : unusableHash, p.roles())
					.id());
		}
		return ids;
	}

	private void write(List<Family> families, Ids ids) {
		if (families.isEmpty()) {
			return;
		}
		OffsetDateTime createdAt = OffsetDateTime.now(ZoneOffset.UTC);
		UUID createdBy = ids.practitioners().get("admin");
		Map<String, UUID> agencyIds = ids.agencies();
		Map<String, UUID> practitionerIds = ids.practitioners();
		Rows people = new Rows();
		Rows addresses = new Rows();
		Rows placements = new Rows();
		Rows relationships = new Rows();
		Rows involvements = new Rows();
		Rows entries = new Rows();
		Rows entryChildren = new Rows();
		Rows factors = new Rows();
		for (Family f : families) {
			for (Family.Person p : concat(f.children(), f.adults())) {
				people.add(p.id(), p.givenName(), p.familyName(), People.nameKey(p.familyName()),
						People.nameSound(p.familyName()), p.dateOfBirth(), p.sex().name(), p.nhsNumber(), p.upn(),
						createdAt, createdBy);
			}
			for (Family.Address a : f.addresses()) {
				addresses.add(UUID.randomUUID(), a.personId(), a.line1(), a.town(), a.postcode(),
						People.addressKey(a.line1(), a.postcode()), a.from(), a.to());
			}
			for (Family.Placement p : f.placements()) {
				placements.add(UUID.randomUUID(), p.personId(), agencyIds.get(p.agencyKey()), p.from(), p.to());
			}
			for (Family.Relationship r : f.relationships()) {
				relationships.add(UUID.randomUUID(), r.from(), r.to(), r.type().name());
			}
			for (Family.Involvement i : f.involvements()) {
				involvements.add(UUID.randomUUID(), i.personId(), agencyIds.get(i.agencyKey()),
						i.practitioner() == null ? null : practitionerIds.get(i.practitioner()), i.from(), i.to(),
						i.reason());
			}
			for (Entry e : f.entries()) {
				OffsetDateTime occurred = utc(e.occurredAt());
				entries.add(e.id(), e.type().name(), occurred, utc(e.recordedAt()), practitionerIds.get(e.recorder()),
						agencyIds.get(e.agencyKey()), e.text(), e.source().name(), e.sensitivity().name(),
						e.supersedes(), e.amendmentReason());
				e.childIds()
					.forEach(child -> entryChildren.add(e.id(), child, occurred, e.type().name(),
							agencyIds.get(e.agencyKey()), Factors.asColumn(e.factors()), e.supersedes()));
				e.factors().forEach(code -> factors.add(e.id(), code));
			}
		}
		transaction.executeWithoutResult(status -> {
			insert("""
					INSERT INTO person (id, given_name, family_name, family_name_key, family_name_sound, date_of_birth,
					    sex, nhs_number, upn, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					people);
			insert("""
					INSERT INTO address (id, person_id, line1, town, postcode, address_key, from_date, to_date)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", addresses);
			insert("INSERT INTO education_placement (id, person_id, agency_id, from_date, to_date) VALUES (?, ?, ?, ?, ?)",
					placements);
			insert("INSERT INTO relationship (id, from_person_id, to_person_id, type) VALUES (?, ?, ?, ?)",
					relationships);
			insert("""
					INSERT INTO involvement (id, person_id, agency_id, practitioner_id, from_date, to_date, reason)
					VALUES (?, ?, ?, ?, ?, ?, ?)""", involvements);
			insert("""
					INSERT INTO chronology_entry (id, type, occurred_at, recorded_at, recorder_id, agency_id, text,
					    source, sensitivity, supersedes_id, amendment_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					entries);
			insert(Chronology.CHILD_ROW, entryChildren);
			insert("INSERT INTO chronology_entry_factor (entry_id, code) VALUES (?, ?)", factors);
		});
	}

	private void insert(String sql, Rows rows) {
		JdbcBatch.insert(jdbc, sql, rows.list, BATCH);
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static <T> List<T> concat(List<T> a, List<T> b) {
		List<T> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static final class Rows {

		private final List<Object[]> list = new ArrayList<>();

		void add(Object... values) {
			list.add(values);
		}

	}

}
