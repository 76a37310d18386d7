package org.fullpicture.notify.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.chronology.EntryType;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Routing rules and clocks. {@code immediateTypes} are told at once and are urgent;
 * {@code digestTypes} wait for the daily digest ({@code fullpicture.notify.digest-cron});
 * any other type tells nobody. {@code settingHolidays} are a school's or nursery's own
 * closed days, by agency id, for Operation Encompass.
 */
@ConfigurationProperties("fullpicture.notify")
record NotifySettings(Set<EntryType> immediateTypes, Set<EntryType> digestTypes, Duration escalateAfter,
		Map<UUID, List<LocalDate>> settingHolidays, Webhooks webhooks) {

	record Webhooks(Duration firstRetry, Duration longestRetry, int batchSize, Duration claimFor, Duration timeout,
			Duration previousSecretLasts) {

		/**
		 * 30 seconds, then doubling each time, up to an hour between attempts: a receiver
		 * that is down is not flooded. Email waits the same way.
		 */
		Duration backOff(int attempts) {
			Duration wait = firstRetry;
			for (int i = 1; i < attempts && wait.compareTo(longestRetry) < 0; i++) {
				wait = wait.multipliedBy(2);
			}
			return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
		}

		Webhooks {
			firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
			longestRetry = longestRetry == null ? Duration.ofHours(1) : longestRetry;
			batchSize = batchSize <= 0 ? 100 : batchSize;
			claimFor = claimFor == null ? Duration.ofMinutes(2) : claimFor;
			timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
			if (claimFor.compareTo(timeout) <= 0) {
				throw new IllegalArgumentException("fullpicture.notify.webhooks.claim-for (" + claimFor
						+ ") must be longer than fullpicture.notify.webhooks.timeout (" + timeout
						+ "): a delivery is sent only while its claim has a whole timeout left");
			}
			previousSecretLasts = previousSecretLasts == null ? Duration.ofHours(24) : previousSecretLasts;
		}

	}

	NotifySettings {
		immediateTypes = immediateTypes == null
				? Set.of(EntryType.SELF_HARM, EntryType.ARREST, EntryType.DOMESTIC_ABUSE_INCIDENT, EntryType.MISSING,
						EntryType.INJURY_OR_EMERGENCY_ATTENDANCE, EntryType.HARMFUL_SEXUAL_BEHAVIOUR)
				: immediateTypes;
		digestTypes = digestTypes == null ? Set.of(EntryType.CONCERN, EntryType.INCIDENT,
				EntryType.RETURNED_AFTER_MISSING, EntryType.HEALTH_APPOINTMENT_NOT_BROUGHT, EntryType.SCHOOL_EXCLUSION,
				EntryType.ATTENDANCE_CONCERN, EntryType.HOUSE_MOVE, EntryType.HOUSEHOLD_CHANGE, EntryType.BIRTH,
				EntryType.ASSESSMENT, EntryType.PLAN) : digestTypes;
		escalateAfter = escalateAfter == null ? Duration.ofHours(4) : escalateAfter;
		settingHolidays = settingHolidays == null ? Map.of() : settingHolidays;
		webhooks = webhooks == null ? new Webhooks(null, null, 0, null, null, null) : webhooks;
	}

	List<LocalDate> holidaysOf(UUID settingId) {
		return settingHolidays.getOrDefault(settingId, List.of());
	}

}
