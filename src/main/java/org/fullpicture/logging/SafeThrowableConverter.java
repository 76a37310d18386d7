package org.fullpicture.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/** Spring Boot's {@code %wEx}, printing only the messages {@link Redaction} allows. */
public class SafeThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

	@Override
	protected String throwableProxyToString(IThrowableProxy exception) {
		return super.throwableProxyToString(new Redaction.Redacted(exception));
	}

}
