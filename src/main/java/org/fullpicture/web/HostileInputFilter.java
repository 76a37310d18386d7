package org.fullpicture.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.fullpicture.shared.Characters;
import org.fullpicture.shared.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads it, a request no form or client of ours sends: a body
 * over the size limit (413), parameters whose percent-encoding or UTF-8 is broken or that
 * hold control characters, and an Idempotency-Key that is not plain ASCII (400). Each is
 * answered as problem+json and logged in one line, without the request's values.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after the character encoding is set, before
										// Spring Security reads anything
@EnableConfigurationProperties(RequestLimits.class)
class HostileInputFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(HostileInputFilter.class);

	/** Thrown while reading a body sent without a length once it passes the limit. */
	static class BodyTooLarge extends IOException {

		BodyTooLarge() {
			super("The request body is larger than the limit");
		}

	}

	private final RequestLimits limits;

	HostileInputFilter(RequestLimits limits) {
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = isUpload(request) ? limits.maxUpload().toBytes() : limits.maxBody().toBytes();
		if (request.getContentLengthLong() > limit) {
			log.warn("Refused a {} request: body of {} bytes is over the limit of {}", request.getMethod(),
					request.getContentLengthLong(), limit);
			Problems.write(response, 413, "Content Too Large", "The request body is too large; nothing was changed",
					"body",
					"Send at most " + (limit >= 1024 * 1024 ? limit / 1024 / 1024 + " MB" : limit / 1024 + " KB"));
			return;
		}
		Optional<FieldProblem> problem = problemWith(request);
		if (problem.isPresent()) {
			log.warn("Refused a {} request: {}", request.getMethod(), problem.get().field());
			Problems.write(response, 400, "Bad Request", "The request could not be read; nothing was changed",
					problem.get().field(), problem.get().message());
			return;
		}
		chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, limit) : request, response);
	}

	private static boolean isUpload(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/api/v1/linkage-jobs") || path.equals("/linkage-jobs");
	}

	private static Optional<FieldProblem> problemWith(HttpServletRequest request) {
		String key = request.getHeader("Idempotency-Key");
		if (key != null && !key.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
			return Optional.of(new FieldProblem("Idempotency-Key",
					"The Idempotency-Key header must be letters, digits and punctuation from ASCII, such as a UUID"));
		}
		if (request.getQueryString() != null && !isWellEncoded(request.getQueryString())) {
			return Optional.of(new FieldProblem("query", "The query string's percent-encoding or UTF-8 is broken"));
		}
		String type = request.getContentType();
		if (type != null && type.toLowerCase().startsWith("multipart/")) {
			return Optional.empty(); // its parts are read, within their own limits, by
										// the page that takes the file
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (RuntimeException unreadable) {
			return Optional
				.of(new FieldProblem("parameters", "The parameters could not be read: check their encoding"));
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = Characters.problem("name", parameter.getKey()).isPresent() ? "parameters"
					: parameter.getKey();
			for (String value : parameter.getValue()) {
				Optional<FieldProblem> problem = Characters.problem(name, value);
				if (problem.isPresent()) {
					return problem;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Every % is followed by two hex digits, and the bytes are UTF-8 (the parameters'
	 * characters are checked after).
	 */
	static boolean isWellEncoded(String query) {
		ByteBuffer bytes = ByteBuffer.allocate(query.length());
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			if (c == '%') {
				if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
						|| Character.digit(query.charAt(i + 2), 16) < 0) {
					return false;
				}
				bytes.put((byte) Integer.parseInt(query.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				bytes.put((byte) (c == '+' ? ' ' : c));
			}
		}
		bytes.flip();
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes);
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/**
	 * A body sent without a length (chunked), cut off at the limit instead of read into
	 * memory whole.
	 */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				ServletInputStream in = super.getInputStream();
				stream = new ServletInputStream() {

					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						count(b < 0 ? 0 : 1);
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						count(Math.max(n, 0));
						return n;
					}

					private void count(int n) throws BodyTooLarge {
						read += n;
						if (read > limit) {
							throw new BodyTooLarge();
						}
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}

				};
			}
			return stream;
		}

	}

}
