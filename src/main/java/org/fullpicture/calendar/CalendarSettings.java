package org.fullpicture.calendar;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Office hours for working-hour clocks, the start of the school day for "before the next
 * school day", and the list of bank holidays (a file, one ISO date at the start of each
 * line; local sites may add their own days).
 */
@ConfigurationProperties("fullpicture.calendar")
public record CalendarSettings(LocalTime officeOpens, LocalTime officeCloses, LocalTime schoolDayStarts,
		Resource bankHolidays) {

	public CalendarSettings {
		officeOpens = officeOpens == null ? LocalTime.of(9, 0) : officeOpens;
		officeCloses = officeCloses == null ? LocalTime.of(17, 0) : officeCloses;
		schoolDayStarts = schoolDayStarts == null ? LocalTime.of(8, 45) : schoolDayStarts;
		if (!officeCloses.isAfter(officeOpens)) {
			throw new IllegalArgumentException("fullpicture.calendar.office-closes must be after office-opens");
		}
	}

}
