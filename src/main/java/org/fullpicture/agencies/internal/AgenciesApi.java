package org.fullpicture.agencies.internal;

import java.util.List;

import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Agency;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agencies an integration can name in involvements and education settings, with their
 * safeguarding contacts.
 */
@RestController
class AgenciesApi {

	private final Agencies agencies;

	AgenciesApi(Agencies agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/api/v1/agencies")
	List<Agency> all() {
		return agencies.all();
	}

}
