package org.fullpicture.access.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** 401 and 403 for the API, in the same problem+json shape as every other API error. */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\",\"errors\":[]}");
	}

}
