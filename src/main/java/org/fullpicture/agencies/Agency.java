package org.fullpicture.agencies;

import java.util.UUID;

/**
 * An organisation that works with children, and whom to call there about safeguarding.
 */
public record Agency(UUID id, String name, AgencyType type, String safeguardingContact, String safeguardingEmail,
		String safeguardingPhone) {
}
