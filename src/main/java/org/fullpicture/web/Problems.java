package org.fullpicture.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A problem+json answer written before (or outside) Spring MVC: from a filter or the
 * error page.
 */
final class Problems {

	private Problems() {
	}

	/**
	 * {@code detail} and {@code message} are our own fixed words: they never quote the
	 * request.
	 */
	static void write(HttpServletResponse response, int status, String title, String detail, String field,
			String message) throws IOException {
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		String errors = field == null ? "[]"
				: "[{\"field\":\"" + escape(field) + "\",\"message\":\"" + escape(message) + "\"}]";
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + escape(title) + "\",\"status\":" + status
					+ ",\"detail\":\"" + escape(detail) + "\",\"errors\":" + errors + "}");
		response.flushBuffer();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
