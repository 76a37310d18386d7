package org.fullpicture.logging;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SafeConvertersTests {

	private final LoggerContext context = new LoggerContext();

	private final SafeThrowableConverter throwables = started(new SafeThrowableConverter());

	private final SafeMessageConverter messages = started(new SafeMessageConverter());

	@Test
	void anSqlExceptionKeepsItsClassFramesAndSqlStateButNotItsMessage() {
		var sql = new SQLIntegrityConstraintViolationException("Key (nhs_number)=(9434765919) already exists.", "23505",
				0);
		var duplicate = new DuplicateKeyException("PreparedStatementCallback; " + sql.getMessage(), sql);

		String logged = throwables.convert(event("Could not record a person", duplicate));

		assertThat(logged)
			.contains("org.springframework.dao.DuplicateKeyException",
					"Caused by: java.sql.SQLIntegrityConstraintViolationException: SQLState 23505, error code 0",
					"at org.fullpicture.logging.SafeConvertersTests.")
			.doesNotContain("9434765919");
	}

	@Test
	void onlyMessagesThatCannotHoldAValueAreKept() {
		var parse = catchThrowableOfType(DateTimeParseException.class, () -> LocalDate.parse("2014-13-01"));
		var wiring = new BeanCreationException("people", "Unsatisfied dependency on a Clock", parse);

		String logged = throwables.convert(event("Application run failed", wiring));

		assertThat(logged)
			.contains("BeanCreationException: Error creating bean with name 'people': Unsatisfied "
					+ "dependency on a Clock", "Caused by: java.time.format.DateTimeParseException\n")
			.doesNotContain("2014-13-01");
	}

	@Test
	void anExceptionQuotedInTheLineLosesItsMessage() {
		String tomcat = "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception "
				+ "[Request processing failed: org.springframework.dao.DataIntegrityViolationException: "
				+ "PreparedStatementCallback; SQL [INSERT INTO address]; Value too long: \"'Kayleigh Road' (101)\"] "
				+ "with root cause";
		String resolved = "Resolved [org.springframework.http.converter.HttpMessageNotReadableException: JSON parse "
				+ "error: Unrecognized token 'Kayleigh']";

		assertThat(messages.convert(event(tomcat, null))).isEqualTo("Servlet.service() for servlet [dispatcherServlet] "
				+ "in context with path [] threw exception [Request processing failed: "
				+ "org.springframework.dao.DataIntegrityViolationException] with root cause");
		assertThat(messages.convert(event(resolved, null)))
			.isEqualTo("Resolved [org.springframework.http.converter.HttpMessageNotReadableException]");
	}

	@Test
	void anAttachedExceptionsMessageCopiedIntoTheLineIsReplaced() {
		var parse = catchThrowableOfType(DateTimeParseException.class, () -> LocalDate.parse("2014-13-01"));

		assertThat(messages.convert(event("Import stopped: " + parse.getMessage(), parse)))
			.isEqualTo("Import stopped: [not logged]");
	}

	@Test
	void aLineWithoutAnExceptionIsUnchanged() {
		assertThat(messages.convert(event("Demo data loaded in 120 ms: 9 agencies, 40 children", null)))
			.isEqualTo("Demo data loaded in 120 ms: 9 agencies, 40 children");
	}

	private LoggingEvent event(String message, Throwable exception) {
		return new LoggingEvent(getClass().getName(), context.getLogger("test"), Level.ERROR, message, exception, null);
	}

	private <C extends ch.qos.logback.core.pattern.DynamicConverter<?>> C started(C converter) {
		converter.setContext(context);
		converter.start();
		return converter;
	}

}
