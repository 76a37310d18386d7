package org.fullpicture.access.internal;

import org.fullpicture.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@PageController
class SignInController {

	@GetMapping("/sign-in")
	String signIn(@RequestParam(required = false) String error,
			@RequestParam(name = "signed-out", required = false) String signedOut,
			@RequestParam(name = "timed-out", required = false) String timedOut, Model model) {
		// the same words for every failure, locked or not, so the form never says which
		// usernames exist
		String problem = error != null ? "Enter a correct username and password. After 5 failed attempts an account "
				+ "is locked for 15 minutes" : null;
		model.addAttribute("problem", problem);
		model.addAttribute("signedOut", signedOut != null);
		model.addAttribute("timedOut", timedOut != null);
		return "web/sign-in";
	}

}
