package org.fullpicture.access.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.web.Drafts;
import org.fullpicture.web.PageController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Saves and discards drafts. The page's script posts the whole form here; the CSRF token
 * is not kept.
 */
@PageController
class DraftsController {

	private static final String KEY = "[a-z0-9-]{1,200}";

	private final Drafts drafts;

	DraftsController(Drafts drafts) {
		this.drafts = drafts;
	}

	@PostMapping("/drafts/{formKey}")
	ResponseEntity<Void> save(@PathVariable String formKey, HttpServletRequest request) {
		if (!formKey.matches(KEY)) {
			return ResponseEntity.badRequest().build();
		}
		String content = encode(request.getParameterMap());
		if (content.length() > Drafts.MAX_CONTENT) {
			return ResponseEntity.status(413).build();
		}
		drafts.save(CurrentPractitioner.get().id(), formKey, content);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/drafts/{formKey}/discard")
	String discard(@PathVariable String formKey, @RequestParam(defaultValue = "/") String returnTo) {
		if (formKey.matches(KEY)) {
			drafts.delete(CurrentPractitioner.get().id(), formKey);
		}
		// only back to a page of this service
		boolean local = returnTo.startsWith("/") && !returnTo.startsWith("//") && !returnTo.contains("\\");
		return "redirect:" + (local ? returnTo : "/");
	}

	static String encode(Map<String, String[]> parameters) {
		return parameters.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals("_csrf"))
			.flatMap(e -> java.util.Arrays.stream(e.getValue())
				.map(v -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(v, StandardCharsets.UTF_8)))
			.collect(Collectors.joining("&"));
	}

}
