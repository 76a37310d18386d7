package org.fullpicture.earlyhelp.internal;

import org.fullpicture.shared.Conflict;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A change that no longer fits the episode (it closed meanwhile) is a page that says so;
 * web's PageErrors does the rest.
 */
@ControllerAdvice(assignableTypes = { EarlyHelpPages.class, AssessmentPage.class })
class EarlyHelpPageErrors {

	@ExceptionHandler(Conflict.class)
	ModelAndView conflict(Conflict ex) {
		ModelAndView mav = new ModelAndView("earlyhelp/conflict");
		mav.setStatus(HttpStatus.CONFLICT);
		mav.addObject("reason", ex.getMessage());
		return mav;
	}

}
