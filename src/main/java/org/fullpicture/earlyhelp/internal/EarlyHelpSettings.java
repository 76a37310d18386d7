package org.fullpicture.earlyhelp.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local practice, not law: after how many working days an episode with no lead
 * professional is raised to the early help managers, and how many weeks a plan runs
 * between reviews unless the plan says otherwise.
 */
@ConfigurationProperties("fullpicture.early-help")
public record EarlyHelpSettings(Integer unallocatedWorkingDays, Integer reviewIntervalWeeks) {

	public EarlyHelpSettings {
		unallocatedWorkingDays = unallocatedWorkingDays == null ? 5 : unallocatedWorkingDays;
		reviewIntervalWeeks = reviewIntervalWeeks == null ? 6 : reviewIntervalWeeks;
		if (unallocatedWorkingDays < 1 || reviewIntervalWeeks < 1) {
			throw new IllegalArgumentException("fullpicture.early-help settings must be at least 1");
		}
	}

}
