package org.fullpicture.people.internal;

import java.util.concurrent.CompletableFuture;

import org.fullpicture.linkage.LinkageModels;
import org.fullpicture.linkage.LinkageModels.Refit;
import org.fullpicture.people.PersonMatching;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Once the application is up, learns the linkage model from a sample of the index, in the
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

	private final CompletableFuture<Refit> startUpRefit = new CompletableFuture<>();

	LinkageModelRefresh(PersonMatching matching, LinkageModels models,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.matching = matching;
		this.models = models;
		this.executor = executor;
	}

	@EventListener(ApplicationReadyEvent.class)
	void refitInTheBackground() {
		executor.execute(() -> {
			try {
				startUpRefit.complete(refit());
			}
			catch (RuntimeException ex) {
				startUpRefit.completeExceptionally(ex);
				throw ex;
			}
		});
	}

	/**
	 * Fits a model on a sample of the index and puts it in use if it passes its checks.
	 */
	Refit refit() {
		long started = System.nanoTime();
		var sample = matching.sampleOfIndex(MOST_RECORDS_TO_FIT);
		Refit refit = models.refit(sample);
		// counts only: never a name
		log.info("Linkage model {} on a sample of {} records in {} ms{}", refit.outcome().describe(), sample.size(),
				(System.nanoTime() - started) / 1_000_000, refit.why());
		return refit;
	}

	/** The refit started when the application was ready, once it has finished. */
	CompletableFuture<Refit> startUpRefit() {
		return startUpRefit;
	}

}
