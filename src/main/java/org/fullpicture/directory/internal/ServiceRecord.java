package org.fullpicture.directory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fullpicture.directory.ServiceStatus;

/**
 * A service with everything the directory holds about it: what an import writes and the
 * read API returns.
 */
record ServiceRecord(UUID id, Organization organization, String name, String description, String url, String email,
		ServiceStatus status, String fees, Integer minimumAge, Integer maximumAge, LocalDate assuredDate,
		String assurerEmail, String alert, Instant lastModified, List<Location> locations, List<Contact> contacts,
		List<Need> needs) {

	record Organization(UUID id, String name, String description, String email, String url) {
	}

	record Location(UUID serviceAtLocationId, UUID id, String name, String address1, String city, String postalCode) {
	}

	record Contact(UUID id, String name, String title, String email, String phone) {
	}

	record Need(UUID id, String term) {
	}

}
