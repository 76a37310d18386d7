package org.fullpicture.linkage.internal;

import java.util.List;

import org.fullpicture.linkage.LinkageRecord;

/**
 * Lets tests and the bench ask which known pairs blocking keeps, without widening the
 * engine's API.
 */
public final class BlockingProbe {

	private final Blocking blocking;

	private BlockingProbe(List<LinkageRecord> left, List<LinkageRecord> right) {
		FeatureSpace space = new FeatureSpace(NicknameGroups.fromClasspath());
		Features leftFeatures = space.add(left);
		Features rightFeatures = (left == right) ? leftFeatures : space.add(right);
		space.names.seal();
		blocking = new Blocking(List.of(BlockingRule.values()), space.names, leftFeatures, rightFeatures);
	}

	public static BlockingProbe linking(List<LinkageRecord> left, List<LinkageRecord> right) {
		return new BlockingProbe(left, right);
	}

	public static BlockingProbe deduplicating(List<LinkageRecord> records) {
		return new BlockingProbe(records, records);
	}

	public boolean keeps(int left, int right) {
		return blocking.proposes(left, right);
	}

}
