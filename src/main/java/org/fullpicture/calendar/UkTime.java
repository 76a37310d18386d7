package org.fullpicture.calendar;

import java.time.ZoneId;

/**
 * Times are stored in UTC and counted and shown in UK time: the zone is named here and
 * nowhere else.
 */
public final class UkTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/London");

	private UkTime() {
	}

}
