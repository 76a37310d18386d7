package org.fullpicture.linkage;

import java.util.List;

import org.fullpicture.linkage.internal.LinkageRun;

/**
 * Finds records of the same person, within one record set or between two. Each call
 * learns its model afresh from the records given (no labelled pairs needed), so pass
 * whole record sets, not a handful. Thread-safe.
 */
public final class LinkageEngine {

	private final LinkageSettings settings;

	public LinkageEngine(LinkageSettings settings) {
		this.settings = settings;
	}

	/** An engine with the thresholds in {@code linkage/linkage.properties}. */
	public static LinkageEngine configured() {
		return new LinkageEngine(LinkageSettings.fromClasspath());
	}

	/** Pairs of a left and a right record that may be the same person. */
	public LinkageResult link(List<LinkageRecord> left, List<LinkageRecord> right) {
		return LinkageRun.link(settings, left, right);
	}

	/** Pairs of records in one set that may be the same person. */
	public LinkageResult deduplicate(List<LinkageRecord> records) {
		return LinkageRun.deduplicate(settings, records);
	}

}
