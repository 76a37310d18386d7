package org.fullpicture.calendar;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The calendar, and the one scheduler set-up: scheduled work in any module is annotated
 * {@code @Scheduled} and {@code @SchedulerLock(name = "...")}, and the lock row in the
 * database lets one instance run it at a time.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarSettings.class)
class CalendarConfiguration {

	@Bean
	WorkingCalendar workingCalendar(CalendarSettings settings) {
		return new WorkingCalendar(settings);
	}

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		// the database's clock, not each instance's, decides when a lock has run out
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	/**
	 * Tests switch the schedule off and run the jobs themselves, at the times they set.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "fullpicture.scheduling.enabled", havingValue = "true", matchIfMissing = true)
	@EnableScheduling
	@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
	static class Scheduling {

	}

}
