package org.fullpicture.earlyhelp.internal;

import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Refusals on the early help pages become the service's GOV.UK error pages, as on every other page. */
@ControllerAdvice(assignableTypes = { EarlyHelpPages.class, AssessmentPage.class })
class EarlyHelpPageErrors {

	@ExceptionHandler({ NotFound.class, MethodArgumentTypeMismatchException.class })
	ModelAndView notFound() {
		return page("error/404", HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView denied(AccessDeniedException ex) {
		ModelAndView mav = page("error/403", HttpStatus.FORBIDDEN);
		mav.addObject("reason", ex.getMessage());
		return mav;
	}

	/** A change that no longer fits (the episode closed meanwhile): say so on the episode's own terms. */
	@ExceptionHandler(Conflict.class)
	ModelAndView conflict(Conflict ex) {
		ModelAndView mav = page("earlyhelp/conflict", HttpStatus.CONFLICT);
		mav.addObject("reason", ex.getMessage());
		return mav;
	}

	private static ModelAndView page(String view, HttpStatus status) {
		ModelAndView mav = new ModelAndView(view);
		mav.setStatus(status);
		return mav;
	}

}
