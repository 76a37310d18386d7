package org.fullpicture.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.DisconnectedClientHelper;

import tools.jackson.databind.DatabindException;

/**
 * Every API error is problem+json with an {@code errors} list naming each field and the
 * rule it broke.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInput ex) {
		return problem(HttpStatus.BAD_REQUEST,
				"The request has " + ex.problems().size() + " problem(s); nothing was changed", ex.problems());
	}

	@ExceptionHandler(Conflict.class)
	ResponseEntity<ProblemDetail> conflict(Conflict ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage(), List.of(new FieldProblem(ex.field(), ex.getMessage())));
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<ProblemDetail> notFound(NotFound ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage(), List.of());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, ex.getMessage(), List.of());
	}

	@ExceptionHandler(MissingRequestHeaderException.class)
	ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException ex) {
		return problem(HttpStatus.BAD_REQUEST, "A header is missing",
				List.of(new FieldProblem(ex.getHeaderName(), "Send the " + ex.getHeaderName() + " header")));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException ex) {
		String expected = ex.getRequiredType() == null ? "a valid value" : JsonProblems.describe(ex.getRequiredType());
		return problem(HttpStatus.BAD_REQUEST, "A parameter could not be read",
				List.of(new FieldProblem(ex.getName(), "'" + ex.getValue() + "' is not " + expected)));
	}

	@ExceptionHandler(HostileInputFilter.BodyTooLarge.class)
	ResponseEntity<ProblemDetail> tooLarge() {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large; nothing was changed",
				List.of(new FieldProblem("body", "Send a smaller body")));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		if (ex.getMostSpecificCause() instanceof HostileInputFilter.BodyTooLarge) {
			return tooLarge();
		}
		FieldProblem problem = ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()
				? JsonProblems.of(databind)
				: new FieldProblem("body", "The request body is not valid JSON of the expected shape");
		return problem(HttpStatus.BAD_REQUEST, "The request body could not be read; nothing was changed",
				List.of(problem));
	}

	/**
	 * Anything else is a fault of ours, logged here once (the log keeps its class and
	 * frames, not the values its message quotes) and answered without its text. Spring
	 * MVC's own errors (405, 415, a missing parameter) and a client that has gone are
	 * left to Spring's usual handling.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) throws Exception {
		if (ex instanceof ErrorResponse || DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			throw ex;
		}
		log.error("Unexpected error answering {} {}", request.getMethod(), request.getRequestURI(), ex);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Try again later. If it keeps happening, contact the service desk");
		body.setTitle("Sorry, there is a problem with the service");
		body.setProperty("errors", List.of());
		return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, List<FieldProblem> errors) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setProperty("errors",
				errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

}
