package org.fullpicture.access.internal;

import java.util.List;
import java.util.UUID;

import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is signed in as, so an agency's system knows which practitioner and
 * roles its token carries.
 */
@RestController
class MeApi {

	record Me(UUID practitionerId, UUID agencyId, List<Role> roles) {
	}

	@GetMapping("/api/v1/me")
	Me me() {
		Practitioner me = CurrentPractitioner.get();
		return new Me(me.id(), me.agencyId(), me.roles().stream().sorted().toList());
	}

}
