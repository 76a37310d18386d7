package org.fullpicture.people.internal;

import org.fullpicture.linkage.LinkageModels;
import org.fullpicture.people.PersonMatching;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Once the application is up, learns the linkage model from the whole index, in the
 * background.
 */
@Component
class LinkageModelRefresh {

	private static final Logger log = LoggerFactory.getLogger(LinkageModelRefresh.class);

	/**
	 * Enough records for EM to learn from, few enough to fit in a small heap beside the
	 * application.
	 */
	static final int MOST_RECORDS_TO_FIT = 20_000;

	private final PersonMatching matching;

	private final LinkageModels models;

	private final TaskExecutor executor;

	LinkageModelRefresh(PersonMatching matching, LinkageModels models,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.matching = matching;
		this.models = models;
		this.executor = executor;
	}

	@EventListener(ApplicationReadyEvent.class)
	void refitInTheBackground() {
		executor.execute(() -> {
			long started = System.nanoTime();
			var index = matching.sampleOfIndex(MOST_RECORDS_TO_FIT);
			boolean fitted = models.refit(index);
			// counts only: never a name
			log.info("Linkage model {} on a sample of {} records in {} ms", fitted ? "fitted" : "kept as shipped",
					index.size(), (System.nanoTime() - started) / 1_000_000);
		});
	}

}
