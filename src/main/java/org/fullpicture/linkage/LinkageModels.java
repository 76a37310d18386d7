package org.fullpicture.linkage;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;

/**
 * The model the product scores new records with: the shipped one until the index is large
 * enough to learn from, then one fitted on the index itself.
 */
@Service
public class LinkageModels {

	/**
	 * Below this many records EM has too few pairs to learn from, so the shipped model
	 * stays.
	 */
	public static final int MIN_RECORDS_TO_FIT = 1000;

	private final LinkageSettings settings = LinkageSettings.fromClasspath();

	private final AtomicReference<LinkageModel> current = new AtomicReference<>();

	public LinkageModel current() {
		LinkageModel model = current.get();
		if (model == null) {
			current.compareAndSet(null, LinkageModel.shipped(settings));
			model = current.get();
		}
		return model;
	}

	/**
	 * Learns from the whole index; returns whether it did (a small index keeps the
	 * shipped model).
	 */
	public boolean refit(List<LinkageRecord> index) {
		if (index.size() < MIN_RECORDS_TO_FIT) {
			return false;
		}
		current.set(LinkageModel.fit(settings, index));
		return true;
	}

	public LinkageSettings settings() {
		return settings;
	}

}
