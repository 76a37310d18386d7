package org.fullpicture.demo.internal;

import org.fullpicture.signals.SignalEvaluations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo town is written straight to its tables, with no events: the signals' rules run
 * over it once it is in.
 */
@Component
class SignalsDemo {

	private static final Logger log = LoggerFactory.getLogger(SignalsDemo.class);

	private final SignalEvaluations evaluations;

	SignalsDemo(SignalEvaluations evaluations) {
		this.evaluations = evaluations;
	}

	void load() {
		log.info("Demo signals raised: {}", evaluations.evaluateEveryone());
	}

}
