package org.fullpicture.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A service in the directory, as practitioners and the front door's signposting see it.
 */
public record DirectoryService(UUID id, UUID organizationId, String organizationName, String name, String description,
		String url, String email, ServiceStatus status, Integer minimumAge, Integer maximumAge, LocalDate assuredDate,
		Instant lastModified, List<String> needs, List<String> areas) {

	public boolean servesAge(int age) {
		return (minimumAge == null || age >= minimumAge) && (maximumAge == null || age <= maximumAge);
	}

}
