package org.fullpicture.logging;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;

/**
 * What of an exception may be logged: its class and frames always, its message only where
 * it cannot hold a value.
 */
final class Redaction {

	// An allow-list: input is quoted by too many types (NumberFormatException,
	// DateTimeParseException, Spring's
	// conversion errors, as well as JDBC, Jackson and binding) to list them; wiring and
	// start-up read no records.
	private static final List<String> MESSAGES_KEPT = List.of("org.springframework.beans.",
			"org.springframework.context.", "org.springframework.boot.", "java.lang.NullPointerException");

	private Redaction() {
	}

	/** The message that may be logged for this exception, or null for none. */
	static String message(IThrowableProxy exception) {
		String message = exception.getMessage();
		if (message == null || MESSAGES_KEPT.stream().anyMatch(exception.getClassName()::startsWith)) {
			return message;
		}
		if (exception instanceof ThrowableProxy proxy && proxy.getThrowable() instanceof SQLException sql) {
			return "SQLState " + sql.getSQLState() + ", error code " + sql.getErrorCode();
		}
		return null;
	}

	/**
	 * The exception as Logback prints it, with {@link #message} in place of each message
	 * down the chain.
	 */
	record Redacted(IThrowableProxy exception) implements IThrowableProxy {

		@Override
		public String getMessage() {
			return message(exception);
		}

		// the first line Logback prints: set, so that neither "null" nor the exception's
		// own toString() appears
		@Override
		public String getOverridingMessage() {
			String message = getMessage();
			return message == null ? getClassName() : getClassName() + ": " + message;
		}

		@Override
		public String getClassName() {
			return exception.getClassName();
		}

		@Override
		public StackTraceElementProxy[] getStackTraceElementProxyArray() {
			return exception.getStackTraceElementProxyArray();
		}

		@Override
		public int getCommonFrames() {
			return exception.getCommonFrames();
		}

		@Override
		public IThrowableProxy getCause() {
			return exception.getCause() == null ? null : new Redacted(exception.getCause());
		}

		@Override
		public IThrowableProxy[] getSuppressed() {
			return Arrays.stream(exception.getSuppressed()).map(Redacted::new).toArray(IThrowableProxy[]::new);
		}

		@Override
		public boolean isCyclic() {
			return exception.isCyclic();
		}

	}

}
