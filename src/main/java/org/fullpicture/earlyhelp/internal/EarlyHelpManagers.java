package org.fullpicture.earlyhelp.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.agencies.Role;
import org.springframework.stereotype.Component;

/**
 * The early help managers: managers in the local authority's children's services (as
 * AccessPolicy decides).
 */
@Component
class EarlyHelpManagers {

	static final Set<AgencyType> AGENCY_TYPES = Arrays.stream(AgencyType.values())
		.filter(AgencyType::isChildrensServices)
		.collect(Collectors.toUnmodifiableSet());

	private final Practitioners practitioners;

	EarlyHelpManagers(Practitioners practitioners) {
		this.practitioners = practitioners;
	}

	List<UUID> ids() {
		return practitioners.withRole(Role.MANAGER, AGENCY_TYPES);
	}

}
