package org.fullpicture.linkage;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.fullpicture.linkage.LinkageResult.Decision;
import org.springframework.stereotype.Service;

/**
 * The model the product scores new records with: the shipped one until the index is large
 * enough to learn from, then one fitted on the index itself, once it has shown it still
 * knows a person when it sees them again.
 */
@Service
public class LinkageModels {

	/**
	 * Below this many records EM has too few pairs to learn from, so the shipped model
	 * stays.
	 */
	public static final int MIN_RECORDS_TO_FIT = 1000;

	/**
	 * How many of the sample's records a refitted model must recognise in an exact copy.
	 */
	static final int COPIES_CHECKED = 500;

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
	 * Learns from a sample of the index. The fitted model replaces the one in use only if
	 * every exact copy of a record checked (one with a given name, family name and date
	 * of birth) scores as the same person as the record; otherwise the model in use
	 * stays. The same records, in any order, give the same model.
	 */
	public Refit refit(List<LinkageRecord> sample) {
		return refit(sample, records -> LinkageModel.fit(settings, records));
	}

	Refit refit(List<LinkageRecord> sample, Function<List<LinkageRecord>, LinkageModel> fit) {
		if (sample.size() < MIN_RECORDS_TO_FIT) {
			return new Refit(Refit.Outcome.TOO_FEW_RECORDS, sample.size(), 0, 0);
		}
		List<LinkageRecord> records = sample.stream()
			.sorted(Comparator.comparing(LinkageRecord::sourceRecordId))
			.toList();
		LinkageModel fitted = fit.apply(records);
		List<LinkageRecord> checked = everyNth(records.stream().filter(LinkageModels::checkable).toList());
		long recognised = checked.stream().filter(record -> recognisesCopyOf(fitted, record)).count();
		if (checked.isEmpty() || recognised < checked.size()) {
			return new Refit(Refit.Outcome.REJECTED, records.size(), checked.size(), (int) recognised);
		}
		current.set(fitted);
		return new Refit(Refit.Outcome.FITTED, records.size(), checked.size(), (int) recognised);
	}

	private static boolean checkable(LinkageRecord record) {
		return present(record.givenName()) && present(record.familyName()) && record.dateOfBirth() != null;
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	private static List<LinkageRecord> everyNth(List<LinkageRecord> records) {
		int step = Math.max(1, records.size() / COPIES_CHECKED);
		return IntStream.range(0, records.size())
			.filter(i -> i % step == 0)
			.limit(COPIES_CHECKED)
			.mapToObj(records::get)
			.toList();
	}

	private static boolean recognisesCopyOf(LinkageModel model, LinkageRecord record) {
		LinkageRecord copy = new LinkageRecord("copy", record.givenName(), record.otherGivenNames(),
				record.familyName(), record.dateOfBirth(), record.sex(), record.nhsNumber(), record.upn(),
				record.addresses());
		return model.score(copy, List.of(record)).get(0).decision() == Decision.SAME_PERSON;
	}

	public LinkageSettings settings() {
		return settings;
	}

	/**
	 * What a refit did, in counts only.
	 *
	 * @param records records in the sample
	 * @param copiesChecked records whose exact copy the fitted model scored
	 * @param copiesRecognised of those, copies it scored as the same person
	 */
	public record Refit(Outcome outcome, int records, int copiesChecked, int copiesRecognised) {

		public enum Outcome {

			FITTED("fitted"), TOO_FEW_RECORDS("kept (too few records to learn from)"),
			REJECTED("kept: the refitted one failed its check");

			private final String description;

			Outcome(String description) {
				this.description = description;
			}

			public String describe() {
				return description;
			}

		}

		/** Why, for the log: counts only. */
		public String why() {
			return (copiesChecked == 0) ? "" : "; " + copiesRecognised + " of " + copiesChecked
					+ " exact copies of records scored as the same person";
		}

	}

}
