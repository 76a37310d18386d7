package org.fullpicture.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * What reaches the error page without a handler of ours (a 405 or 415 from Spring MVC, an
 * exception in a security filter) is answered as problem+json like every other API error;
 * browsers still get the HTML error pages.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

	private final ErrorAttributes errorAttributes;

	ProblemErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> resolvers) {
		super(errorAttributes, web.getError(), resolvers.orderedStream().toList());
		this.errorAttributes = errorAttributes;
	}

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		if (status == HttpStatus.NO_CONTENT) {
			return new ResponseEntity<>(status);
		}
		List<Map<String, String>> errors = List.of();
		if (errorAttributes
			.getError(new ServletWebRequest(request)) instanceof MissingServletRequestParameterException missing) {
			errors = List.of(Map.of("field", missing.getParameterName(), "message",
					"Send the " + missing.getParameterName() + " parameter"));
		}
		Map body = Map.of("type", "about:blank", "title", status.getReasonPhrase(), "status", status.value(), "detail",
				detail(status), "errors", errors);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case METHOD_NOT_ALLOWED ->
				"This address does not accept that method; see the OpenAPI document at /v3/api-docs";
			case UNSUPPORTED_MEDIA_TYPE -> "Send the body as the type this address takes (application/json for most)";
			case NOT_ACCEPTABLE -> "This address answers in application/json";
			case NOT_FOUND -> "There is nothing at this address";
			case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> "The request body is too large; nothing was changed";
			default -> status.is4xxClientError() ? "The request could not be read; nothing was changed"
					: "Try again later. If it keeps happening, contact the service desk";
		};
	}

}
