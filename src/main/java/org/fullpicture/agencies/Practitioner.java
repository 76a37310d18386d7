package org.fullpicture.agencies;

import java.util.Set;
import java.util.UUID;

/** A person who signs in: one agency, one or more roles. Serializable: it is kept in the page session's row. */
public record Practitioner(UUID id, UUID agencyId, String username, String displayName, String email, String phone,
		Set<Role> roles) implements java.io.Serializable {

	public boolean has(Role role) {
		return roles.contains(role);
	}

}
