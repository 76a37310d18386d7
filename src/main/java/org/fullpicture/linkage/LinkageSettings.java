package org.fullpicture.linkage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Fixed decision thresholds and model limits, read from
 * {@code linkage/linkage.properties}. Thresholds are match probabilities; they are set
 * once, never tuned per file.
 *
 * @param sameThreshold at or above: the same person
 * @param reviewThreshold at or above (and below {@code sameThreshold}): a person should
 * review
 * @param addressPenaltyFloorBits the most an address disagreement may count against a
 * pair, in bits (negative), because people move house
 * @param twinShare how often two children of one household share a birth date (twins):
 * what agreeing on a birth date is worth when family name and address agree too
 * @param trainingPairs how many candidate pairs, at most, expectation-maximisation learns
 * from
 * @param threads how many threads compare pairs
 */
public record LinkageSettings(double sameThreshold, double reviewThreshold, double addressPenaltyFloorBits,
		double twinShare, long trainingPairs, int threads) {

	private static final String RESOURCE = "linkage/linkage.properties";

	public LinkageSettings {
		if (!(0 < reviewThreshold && reviewThreshold <= sameThreshold && sameThreshold < 1)) {
			throw new IllegalArgumentException("thresholds must satisfy 0 < review <= same < 1");
		}
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1");
		}
	}

	public static LinkageSettings fromClasspath() {
		Properties properties = new Properties();
		try (InputStream in = LinkageSettings.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new LinkageSettings(number(properties, "linkage.threshold.same-person"),
				number(properties, "linkage.threshold.review"),
				number(properties, "linkage.address.penalty-floor-bits"),
				number(properties, "linkage.household.twin-share"),
				(long) number(properties, "linkage.training.max-pairs"), (int) number(properties, "linkage.threads"));
	}

	public LinkageSettings withThreads(int threads) {
		return new LinkageSettings(sameThreshold, reviewThreshold, addressPenaltyFloorBits, twinShare, trainingPairs,
				threads);
	}

	private static double number(Properties properties, String key) {
		String value = properties.getProperty(key);
		if (value == null) {
			throw new IllegalStateException(key + " is missing from " + RESOURCE);
		}
		return Double.parseDouble(value.trim());
	}

}
