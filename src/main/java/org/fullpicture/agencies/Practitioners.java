package org.fullpicture.agencies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Practitioners {

	/** What sign-in needs to know about an account, and nothing more. */
	public record Account(Practitioner practitioner, String passwordHash, int failedSignIns, Instant lockedUntil,
			boolean enabled) {

		/** Whether the account may be used then: enabled and not locked. */
		public boolean usableAt(Instant at) {
			return enabled && (lockedUntil == null || !lockedUntil.isAfter(at));
		}

	}

	private final JdbcClient db;

	Practitioners(JdbcClient db) {
		this.db = db;
	}

	public Optional<Practitioner> find(UUID id) {
		return db.sql("SELECT * FROM practitioner WHERE id = ?")
			.param(id)
			.query(Practitioners::practitioner)
			.optional()
			.map(this::withRoles);
	}

	public Practitioner get(UUID id) {
		return find(id).orElseThrow(() -> new NotFound("Practitioner " + id));
	}

	/**
	 * The agency's designated safeguarding lead, the first enabled one when it has
	 * several.
	 */
	public Optional<Practitioner> safeguardingLeadOf(UUID agencyId) {
		return db.sql("""
				SELECT p.id FROM practitioner p JOIN practitioner_role r ON r.practitioner_id = p.id
				WHERE p.agency_id = ? AND r.role = 'SAFEGUARDING_LEAD' AND p.enabled = TRUE ORDER BY p.username""")
			.param(agencyId)
			.query(UUID.class)
			.list()
			.stream()
			.findFirst()
			.flatMap(this::find);
	}

	/** The system recorder, created by migration V030. */
	public Practitioner system() {
		return get(Practitioner.SYSTEM_ID);
	}

	/**
	 * The agency's practitioners who hold the role (its safeguarding leads, say), enabled
	 * accounts only.
	 */
	public List<Practitioner> withRole(UUID agencyId, Role role) {
		return db.sql("""
				SELECT p.* FROM practitioner p JOIN practitioner_role r ON r.practitioner_id = p.id
				WHERE p.agency_id = ? AND r.role = ? AND p.enabled ORDER BY p.display_name""")
			.params(agencyId, role.name())
			.query(Practitioners::practitioner)
			.list()
			.stream()
			.map(this::withRoles)
			.toList();
	}

	public Optional<Account> account(String username) {
		return accountWhere("username = ?", username);
	}

	/** The account of a practitioner known by id (an API token's holder). */
	public Optional<Account> account(UUID id) {
		return accountWhere("id = ?", id);
	}

	private Optional<Account> accountWhere(String condition, Object value) {
		return db.sql("SELECT * FROM practitioner WHERE " + condition).param(value).query((rs, row) -> {
			OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
			return new Account(practitioner(rs, row), rs.getString("password_hash"), rs.getInt("failed_sign_ins"),
					locked == null ? null : locked.toInstant(), rs.getBoolean("enabled"));
		})
			.optional()
			.map(a -> new Account(withRoles(a.practitioner()), a.passwordHash(), a.failedSignIns(), a.lockedUntil(),
					a.enabled()));
	}

	@Transactional
	public Practitioner add(UUID agencyId, String username, String displayName, String email, String phone,
			String passwordHash, Set<Role> roles) {
		UUID id = UUID.randomUUID();
		db.sql("""
				INSERT INTO practitioner (id, agency_id, username, display_name, email, phone, password_hash)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, agencyId, username, displayName, email, phone, passwordHash)
			.update();
		for (Role role : roles) {
			db.sql("INSERT INTO practitioner_role (practitioner_id, role) VALUES (?, ?)")
				.params(id, role.name())
				.update();
		}
		return get(id);
	}

	/**
	 * Who holds a role in an agency of one of these types: the early help managers to
	 * raise unallocated work with.
	 */
	public List<UUID> withRole(Role role, java.util.Collection<AgencyType> agencyTypes) {
		return db.sql("""
				SELECT p.id FROM practitioner p JOIN practitioner_role r ON r.practitioner_id = p.id
				JOIN agency a ON a.id = p.agency_id
				WHERE r.role = :role AND a.type IN (:types) AND p.enabled = TRUE ORDER BY p.id""")
			.param("role", role.name())
			.param("types", agencyTypes.stream().map(Enum::name).toList())
			.query(UUID.class)
			.list();
	}

	/**
	 * Counts a failed sign-in; at the limit the account is locked until the given time.
	 */
	@Transactional
	public void recordFailedSignIn(String username, int limit, Instant lockUntil) {
		db.sql("UPDATE practitioner SET failed_sign_ins = failed_sign_ins + 1 WHERE username = ?")
			.param(username)
			.update();
		db.sql("UPDATE practitioner SET locked_until = ?, failed_sign_ins = 0 WHERE username = ? AND failed_sign_ins >= ?")
			.params(OffsetDateTime.ofInstant(lockUntil, ZoneOffset.UTC), username, limit)
			.update();
	}

	@Transactional
	public void recordSuccessfulSignIn(String username) {
		db.sql("UPDATE practitioner SET failed_sign_ins = 0, locked_until = NULL WHERE username = ?")
			.param(username)
			.update();
	}

	/**
	 * Without roles: reading them inside the row mapper would take a second connection
	 * while the first is held.
	 */
	private static Practitioner practitioner(ResultSet rs, int row) throws SQLException {
		return new Practitioner(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
				rs.getString("username"), rs.getString("display_name"), rs.getString("email"), rs.getString("phone"),
				Set.of());
	}

	private Practitioner withRoles(Practitioner p) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		db.sql("SELECT role FROM practitioner_role WHERE practitioner_id = ?")
			.param(p.id())
			.query(String.class)
			.list()
			.forEach(r -> roles.add(Role.valueOf(r)));
		return new Practitioner(p.id(), p.agencyId(), p.username(), p.displayName(), p.email(), p.phone(),
				Set.copyOf(roles));
	}

	/**
	 * The enabled practitioners holding every one of these roles (the MASH, its
	 * managers): who a team notice goes to.
	 */
	public List<UUID> idsWithRoles(Set<Role> roles) {
		return db.sql("""
				SELECT r.practitioner_id FROM practitioner_role r JOIN practitioner p ON p.id = r.practitioner_id
				WHERE p.enabled = TRUE AND r.role IN (:roles)
				GROUP BY r.practitioner_id HAVING COUNT(*) = :count""")
			.param("roles", roles.stream().map(Role::name).toList())
			.param("count", roles.size())
			.query(UUID.class)
			.list();
	}

	/** The names these practitioners go by on pages, in one look-up. */
	public Map<UUID, String> displayNamesOf(Collection<UUID> practitionerIds) {
		return columnOf(practitionerIds, "display_name", String.class);
	}

	/** The agency each of these practitioners works for, in one look-up. */
	public Map<UUID, UUID> agenciesOf(Collection<UUID> practitionerIds) {
		return columnOf(practitionerIds, "agency_id", UUID.class);
	}

	/**
	 * The name of the agency each of these practitioners works for, in one look-up: for
	 * pages that say who did something and where they work.
	 */
	public Map<UUID, String> agencyNamesOf(Collection<UUID> practitionerIds) {
		return columnOf(practitionerIds, "(SELECT a.name FROM agency a WHERE a.id = practitioner.agency_id)",
				String.class);
	}

	private <T> Map<UUID, T> columnOf(Collection<UUID> practitionerIds, String column, Class<T> type) {
		Map<UUID, T> values = new HashMap<>();
		if (!practitionerIds.isEmpty()) {
			db.sql("SELECT id, " + column + " AS v FROM practitioner WHERE id IN (:ids)")
				.param("ids", List.copyOf(practitionerIds))
				.query(rs -> {
					values.put(rs.getObject("id", UUID.class), rs.getObject("v", type));
				});
		}
		return values;
	}

}
