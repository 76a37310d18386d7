package org.fullpicture.logging;

import java.util.Objects;
import java.util.regex.Pattern;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * {@code %m} without the exception messages that loggers copy into the line itself, such
 * as Tomcat's "threw exception [Request processing failed: ...]" and Spring MVC's
 * "Resolved [...]".
 */
public class SafeMessageConverter extends MessageConverter {

	// a qualified class name, as Throwable.toString() writes it, then the message up to
	// the last ']' or the end
	private static final Pattern QUOTED_EXCEPTION = Pattern
		.compile("((?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*): (?:.*(?=])|.*)", Pattern.DOTALL);

	@Override
	public String convert(ILoggingEvent event) {
		String line = super.convert(event);
		for (IThrowableProxy exception = event.getThrowableProxy(); exception != null; exception = exception
			.getCause()) {
			String message = exception.getMessage();
			if (message != null && !message.isBlank()) {
				line = line.replace(message, Objects.requireNonNullElse(Redaction.message(exception), "[not logged]"));
			}
		}
		// quoted without being attached: only the class stays, as the quote may run on
		// into its causes' messages
		return QUOTED_EXCEPTION.matcher(line).replaceAll("$1");
	}

}
