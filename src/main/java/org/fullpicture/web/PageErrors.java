package org.fullpicture.web;

import org.fullpicture.shared.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals and missing records on pages become GOV.UK error pages that say what to do
 * next.
 */
@ControllerAdvice(annotations = PageController.class)
class PageErrors {

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

	private static ModelAndView page(String view, HttpStatus status) {
		ModelAndView mav = new ModelAndView(view);
		mav.setStatus(status);
		return mav;
	}

}
