package org.fullpicture.web;

import java.util.Map;
import java.util.Optional;

/**
 * A module's part of the home page: the work waiting for whoever is signed in (checks to
 * answer, children without a lead professional, missing episodes on their clock), so that
 * the home page shows it without depending on the module. A panel that names children
 * audits that they were listed, as every other list of children does.
 */
public interface HomePanel {

	/**
	 * The panel for the practitioner signed in now, or empty when this module has nothing
	 * for them.
	 */
	Optional<Panel> forSignedIn();

	/**
	 * @param order where the panel sits among the others, smallest first
	 * @param template the module's template holding a fragment {@code panel(model)}
	 * @param model what that fragment shows
	 */
	record Panel(int order, String template, Map<String, Object> model) {
	}

}
