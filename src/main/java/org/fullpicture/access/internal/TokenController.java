package org.fullpicture.access.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TokenController {

	record TokenRequest(String username, String password) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	TokenController(AuthenticationManager authentication, ApiTokens tokens) {
		this.authentication = authentication;
		this.tokens = tokens;
	}

	/** Signing out of the API: the token sent with this request stops working at once. */
	@DeleteMapping("/api/v1/tokens/current")
	ResponseEntity<Void> revoke(@RequestHeader("Authorization") String authorization) {
		tokens.revoke(authorization.substring(BearerTokenFilter.PREFIX.length()).strip());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/tokens")
	ResponseEntity<?> issue(@RequestBody TokenRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		if (request.username() == null || request.username().isBlank()) {
			problems.add(new FieldProblem("username", "Enter a username"));
		}
		if (request.password() == null || request.password().isEmpty()) {
			problems.add(new FieldProblem("password", "Enter a password"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		try {
			var done = authentication.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
			var issued = tokens.issue(((SignedInPractitioner) done.getPrincipal()).practitioner());
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(new TokenResponse(issued.token(), issued.expiresAt()));
		}
		catch (AuthenticationException ex) {
			var problem = org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
					"The username or password is wrong, or the account is locked");
			problem.setProperty("errors", List.of());
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
	}

}
