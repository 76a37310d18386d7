package org.fullpicture.agencies;

import java.util.Set;
import java.util.UUID;

/**
 * A person who signs in: one agency, one or more roles. Serializable: it is kept in the
 * page session's row.
 */
public record Practitioner(UUID id, UUID agencyId, String username, String displayName, String email, String phone,
		Set<Role> roles) implements java.io.Serializable {

	/**
	 * The recorder of entries no signed-in practitioner wrote (rules, automatic entries,
	 * the public form).
	 */
	public static final UUID SYSTEM_ID = UUID.fromString("00000000-0000-0000-0000-00000000f002");

	public boolean isSystem() {
		return SYSTEM_ID.equals(id);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

}
