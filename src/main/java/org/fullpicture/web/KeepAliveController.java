package org.fullpicture.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Stay signed in": any authenticated request renews the session; this one does nothing
 * else.
 */
@PageController
class KeepAliveController {

	@PostMapping("/keep-alive")
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().build();
	}

}
