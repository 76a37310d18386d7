package org.fullpicture.web;

import org.springframework.ui.ModelMap;

/**
 * Adds what the page layout shows on every page, error pages included (who is signed in,
 * the links they may follow), from the module that knows it, so that {@code web} depends
 * on no feature module.
 */
public interface LayoutContributor {

	void contribute(ModelMap model);

}
