package org.fullpicture.earlyhelp.internal;

import org.fullpicture.calendar.WorkingCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EarlyHelpSettings.class)
class EarlyHelpConfiguration {

	@Bean
	EpisodeRules episodeRules(WorkingCalendar calendar, EarlyHelpSettings settings) {
		return new EpisodeRules(calendar, settings);
	}

}
