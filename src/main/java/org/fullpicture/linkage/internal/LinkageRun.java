package org.fullpicture.linkage.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.fullpicture.linkage.LinkageResult;
import org.fullpicture.linkage.LinkageResult.BlockingRuleCount;
import org.fullpicture.linkage.LinkageResult.Decision;
import org.fullpicture.linkage.LinkageResult.LevelWeight;
import org.fullpicture.linkage.LinkageResult.Match;
import org.fullpicture.linkage.LinkageSettings;
import org.fullpicture.linkage.LinkageRecord;
import org.fullpicture.linkage.internal.Blocking.Candidates;

/**
 * One linkage run: work out features, block, learn the model from a sample of candidate
 * pairs and random pairs, then score every candidate pair. The engine's only door to the
 * outside.
 */
public final class LinkageRun {

	private static final int RANDOM_PAIRS = 200_000;

	/** At most this many true matches per record, on average, however the data looks. */
	private static final double MATCHES_PER_RECORD = 3;

	private static final long SEED = 20_261_125L;

	/**
	 * Fewer matching pairs than this, and EM has nothing to learn m probabilities from.
	 */
	private static final double MIN_MATCHES_TO_LEARN_FROM = 50;

	/**
	 * Below this many brother-and-sister pairs a record, counted on anchored pairs (see
	 * {@link Anchors}), households are too few in the records to guard against in the
	 * fit, and every field votes. Generated towns count 1.3 to 1.8 (at 5,000 and
	 * 1,000,000 people); records of one person a family, and FEBRL's sets, 0 to 0.002.
	 */
	private static final double FEW_SIBLINGS_PER_RECORD = 0.05;

	private static final NicknameGroups NICKNAMES = NicknameGroups.fromClasspath();

	/**
	 * In linking, a record nothing else was linked or sent to review for still has its
	 * best pair reviewed from this probability up: each file holds a person once, so the
	 * best pair left for two unlinked records is more often their person than the review
	 * threshold says. Chosen on the development sets (FEBRL dataset2 and 3 link sets,
	 * generated seeds 101 and 202): 0.05 and 0.01 took dataset3 k=0's linked-or-reviewed
	 * recall from 0.9914 to 0.9974 and 0.9983 for 7 and 8 more reviews.
	 */
	private static final double LEFTOVER_REVIEW = 0.01;

	/**
	 * Patterns a person must see however low they score (possible twins, or born the same
	 * day at one home under other names), looked up rather than worked out per pair.
	 */
	private static final boolean[] ALWAYS_REVIEWED = new boolean[Patterns.COUNT];

	static {
		for (int pattern = 0; pattern < Patterns.COUNT; pattern++) {
			ALWAYS_REVIEWED[pattern] = Households.sameBirthAndHomeOtherNames(pattern)
					|| Households.possibleTwinsByName(pattern);
		}
	}

	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	private final LinkageSettings settings;

	private final FeatureSpace space = new FeatureSpace(NICKNAMES);

	private final Features left;

	private final Features right;

	/** The record number, in the caller's list, of each record the engine holds. */
	private final int[] leftRecordNumbers;

	private final int[] rightRecordNumbers;

	private final Blocking blocking;

	private LinkageRun(LinkageSettings settings, List<LinkageRecord> leftRecords, List<LinkageRecord> rightRecords) {
		this.settings = settings;
		this.leftRecordNumbers = inBirthDateOrder(leftRecords);
		this.left = space.add(reordered(leftRecords, leftRecordNumbers));
		this.rightRecordNumbers = (leftRecords == rightRecords) ? leftRecordNumbers : inBirthDateOrder(rightRecords);
		this.right = (leftRecords == rightRecords) ? left : space.add(reordered(rightRecords, rightRecordNumbers));
		space.names.seal();
		this.blocking = new Blocking(List.of(BlockingRule.values()), space.names, left, right);
	}

	/**
	 * Record numbers in order of birth date, then of what the record holds. The engine
	 * holds records in this order: candidate pairs come in order of the left record, and
	 * many of a record's candidates share its birth date or year, so the right records
	 * they read were mostly read just before and are still in the processor's cache (at a
	 * million records, comparing is about a quarter faster than in the caller's order).
	 * And since the fit samples pairs by position, an order that follows what records
	 * hold, not where the caller listed them, makes a run the same however they are
	 * listed.
	 */
	private static int[] inBirthDateOrder(List<LinkageRecord> records) {
		long[] keys = new long[records.size()];
		for (int i = 0; i < keys.length; i++) {
			LinkageRecord record = records.get(i);
			long day = (record.dateOfBirth() == null) ? Integer.MIN_VALUE : record.dateOfBirth().toEpochDay();
			// a record's text hashes the same in every run (String's hash is specified)
			keys[i] = day << 32 | (record.toString().hashCode() & 0xffffffffL);
		}
		// a stable sort: records alike in both keep the caller's order
		return IntStream.range(0, keys.length)
			.boxed()
			.sorted(Comparator.comparingLong(i -> keys[i]))
			.mapToInt(Integer::intValue)
			.toArray();
	}

	private static List<LinkageRecord> reordered(List<LinkageRecord> records, int[] recordNumbers) {
		return Arrays.stream(recordNumbers).mapToObj(records::get).toList();
	}

	public static LinkageResult link(LinkageSettings settings, List<LinkageRecord> left, List<LinkageRecord> right) {
		return new LinkageRun(settings, left, right).run();
	}

	public static LinkageResult deduplicate(LinkageSettings settings, List<LinkageRecord> records) {
		return new LinkageRun(settings, records, records).run();
	}

	/**
	 * Learns the model from a record set's own candidate pairs, as {@link #deduplicate}
	 * does, and scores nothing. An index where each person is recorded once (a demo town,
	 * a well-kept register) holds too few duplicates to learn from what matches look
	 * like: EM then finds no matches at all, and its m probabilities are noise. Such a
	 * fit keeps what it learnt about non-matches (u, name frequencies) and takes the
	 * match side from the shipped model, with a prior of one match per record.
	 */
	static ScoringModel fit(LinkageSettings settings, List<LinkageRecord> records) {
		LinkageRun run = new LinkageRun(settings, records, records);
		FellegiSunterModel model = run.fitModel(run.blocking.candidates());
		double allPairs = run.left.size * (run.left.size - 1.0) / 2;
		if (model.lambda * allPairs < MIN_MATCHES_TO_LEARN_FROM) {
			model = model.withMatchSideOf(ModelFile.readShipped(settings).fellegiSunter(), run.left.size / allPairs);
		}
		return new ScoringModel(settings, model, NameCounts.of(run.space.names, run.left));
	}

	private LinkageResult run() {
		Candidates candidates = blocking.candidates();
		FellegiSunterModel model = fitModel(candidates);
		Scorer scorer = new Scorer(model, settings, space.names, left, right);
		long started = System.nanoTime();
		List<ShardResult> shards = inShards(shard -> score(candidates, shard, scorer));
		double seconds = (System.nanoTime() - started) / 1e9;
		return result(candidates, shards, model, seconds);
	}

	/**
	 * Fits the model to an estimate of how often each pattern occurs among all pairs, not
	 * only candidate pairs: an even sample of candidate pairs, where the matches are,
	 * plus random pairs standing for the many non-matches blocking never proposes, each
	 * sample weighted up to its stratum. That keeps u honest (blocking makes candidate
	 * non-matches agree more than most) and works however few candidate pairs there are.
	 */
	private FellegiSunterModel fitModel(Candidates candidates) {
		double allPairs = deduplicating() ? left.size * (left.size - 1.0) / 2 : (double) left.size * right.size;
		int step = (int) Math.max(1, Math.round(candidates.size / (double) settings.trainingPairs()));
		Anchors anchors = Anchors.of(left, right);
		Sample sample = sampleCandidates(candidates, step, anchors);
		double[] random = randomNonCandidatePatterns();
		double randomTotal = Arrays.stream(random).sum();
		double randomWeight = (randomTotal == 0) ? 0 : (allPairs - candidates.size) / randomTotal;
		double[] candidateCounts = new double[Patterns.COUNT];
		double[] otherCounts = new double[Patterns.COUNT];
		for (int pattern = 0; pattern < Patterns.COUNT; pattern++) {
			candidateCounts[pattern] = sample.patterns[pattern] * step;
			otherCounts[pattern] = random[pattern] * randomWeight;
		}
		double perRecord = Math.max(1, Math.max(left.size, right.size)) / Math.max(1, allPairs);
		double startingLambda = Math.min(0.5, perRecord);
		double maxLambda = Math.min(0.5, MATCHES_PER_RECORD * perRecord);
		FellegiSunterModel model = FellegiSunterModel.fit(candidateCounts, otherCounts, startingLambda, maxLambda,
				true);
		double siblingsPerRecord = sample.anchoredSiblings * step / anchors.bothShare
				/ Math.max(1, Math.min(left.size, right.size));
		if (anchors.measurable() && siblingsPerRecord < FEW_SIBLINGS_PER_RECORD) {
			model = FellegiSunterModel.fit(candidateCounts, otherCounts, startingLambda, maxLambda, false);
		}
		return model;
	}

	/**
	 * Patterns of every step-th candidate pair, and how many of those look like brother
	 * and sister with both records anchored (see {@link Anchors}).
	 */
	private record Sample(long[] patterns, long anchoredSiblings) {

	}

	private Sample sampleCandidates(Candidates candidates, int step, Anchors anchors) {
		List<Sample> samples = inShards(shard -> {
			PairComparator comparator = new PairComparator(space, left, right);
			long[] patterns = new long[Patterns.COUNT];
			long anchoredSiblings = 0;
			for (int i = firstOf(shard, candidates); i < firstOf(shard + 1, candidates); i++) {
				if (i % step == 0) {
					int pattern = comparator.compare(candidates.left(i), candidates.right(i));
					patterns[pattern]++;
					if (Households.siblings(pattern) && anchors.both(candidates.left(i), candidates.right(i))) {
						anchoredSiblings++;
					}
				}
			}
			return new Sample(patterns, anchoredSiblings);
		});
		long[] total = new long[Patterns.COUNT];
		for (Sample sample : samples) {
			Arrays.setAll(total, pattern -> total[pattern] + sample.patterns[pattern]);
		}
		return new Sample(total, samples.stream().mapToLong(Sample::anchoredSiblings).sum());
	}

	/**
	 * Patterns of random pairs that blocking does not propose: nearly all non-matches.
	 */
	private double[] randomNonCandidatePatterns() {
		PairComparator comparator = new PairComparator(space, left, right);
		double[] patternCounts = new double[Patterns.COUNT];
		Random random = new Random(SEED);
		for (int n = 0; n < RANDOM_PAIRS; n++) {
			int l = random.nextInt(left.size);
			int r = random.nextInt(right.size);
			if ((!deduplicating() || l != r) && !blocking.proposes(l, r)) {
				patternCounts[comparator.compare(l, r)]++;
			}
		}
		return patternCounts;
	}

	private boolean deduplicating() {
		return left == right;
	}

	private ShardResult score(Candidates candidates, int shard, Scorer scorer) {
		long cpuStarted = CPU.getCurrentThreadCpuTime();
		PairComparator comparator = new PairComparator(space, left, right);
		ShardResult result = new ShardResult();
		double keepWeight = Scorer.weight(deduplicating() ? settings.reviewThreshold() : LEFTOVER_REVIEW);
		for (int i = firstOf(shard, candidates); i < firstOf(shard + 1, candidates); i++) {
			int l = candidates.left(i);
			int r = candidates.right(i);
			int pattern = comparator.compare(l, r);
			double weight = scorer.weight(pattern, comparator.exactGivenName(), comparator.exactFamilyName());
			boolean forced = ALWAYS_REVIEWED[pattern];
			if (weight >= keepWeight || forced) {
				result.keep(l, r, weight, forced);
			}
		}
		result.cpuNanos = CPU.getCurrentThreadCpuTime() - cpuStarted;
		return result;
	}

	private int firstOf(int shard, Candidates candidates) {
		return (int) ((long) candidates.size * shard / shardCount());
	}

	private LinkageResult result(Candidates candidates, List<ShardResult> shards, FellegiSunterModel model,
			double seconds) {
		List<Match> matches = decide(shards);
		long cpuNanos = shards.stream().mapToLong(shard -> shard.cpuNanos).sum();
		List<BlockingRuleCount> ruleCounts = new ArrayList<>();
		for (int r = 0; r < blocking.rules().size(); r++) {
			ruleCounts.add(new BlockingRuleCount(blocking.rules().get(r).description(), candidates.proposed[r],
					candidates.added[r]));
		}
		return new LinkageResult(matches, ruleCounts, candidates.size, seconds, cpuNanos / 1e9, model.lambda,
				levelWeights(model));
	}

	/**
	 * Same person above the threshold, review below it; and in linking, where each file
	 * holds a person once, a record already claimed by a stronger pair is not the same
	 * person again: the weaker pair goes to review. That keeps twins apart (Mia links to
	 * Mia, not also to her sister Amelia) and leaves a record that two people claim for a
	 * person to decide. A weaker pair whose two records are both claimed is dropped: each
	 * has its person already, and the queue must stay small enough to be worked through.
	 * Below the review threshold, a pair is reviewed only if it is the best pair of both
	 * its records ({@link #LEFTOVER_REVIEW}) or may be twins.
	 */
	private List<Match> decide(List<ShardResult> shards) {
		List<double[]> kept = new ArrayList<>();
		for (ShardResult shard : shards) {
			for (int i = 0; i < shard.left.size(); i++) {
				kept.add(new double[] { shard.left.get(i), shard.right.get(i), shard.weights.get(i),
						shard.forced.get(i) ? 1 : 0 });
			}
		}
		kept.sort(Comparator.comparingDouble((double[] pair) -> pair[2]).reversed());
		boolean[] leftClaimed = new boolean[left.size];
		boolean[] rightClaimed = new boolean[right.size];
		boolean[] leftSeen = new boolean[left.size];
		boolean[] rightSeen = new boolean[right.size];
		List<Match> matches = new ArrayList<>(kept.size());
		for (double[] pair : kept) {
			int l = (int) pair[0];
			int r = (int) pair[1];
			double probability = Scorer.probability(pair[2]);
			boolean same = probability >= settings.sameThreshold()
					&& (deduplicating() || !(leftClaimed[l] || rightClaimed[r]));
			if (same && !deduplicating()) {
				leftClaimed[l] = true;
				rightClaimed[r] = true;
			}
			else if (!deduplicating() && leftClaimed[l] && rightClaimed[r] && probability < settings.sameThreshold()) {
				continue;
			}
			else if (!deduplicating() && probability < settings.reviewThreshold() && pair[3] == 0
					&& (leftSeen[l] || rightSeen[r])) {
				continue;
			}
			if (!deduplicating()) {
				leftSeen[l] = true;
				rightSeen[r] = true;
			}
			int a = leftRecordNumbers[l];
			int b = rightRecordNumbers[r];
			// in deduplication, the lower record number first
			matches.add(new Match(deduplicating() ? Math.min(a, b) : a, deduplicating() ? Math.max(a, b) : b,
					probability, same ? Decision.SAME_PERSON : Decision.REVIEW));
		}
		return matches;
	}

	private List<LevelWeight> levelWeights(FellegiSunterModel model) {
		List<LevelWeight> weights = new ArrayList<>();
		for (Comparison comparison : Comparison.ALL) {
			double[] bits = model.levelWeights(comparison);
			for (int level = 0; level < comparison.missing(); level++) {
				weights.add(new LevelWeight(comparison.name(), comparison.level(level),
						model.m[comparison.ordinal()][level], model.u[comparison.ordinal()][level], bits[level]));
			}
		}
		return weights;
	}

	private int shardCount() {
		return settings.threads() == 1 ? 1 : settings.threads() * 8;
	}

	private <T> List<T> inShards(IntFunction<T> task) {
		ExecutorService executor = Executors.newFixedThreadPool(settings.threads());
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int shard = 0; shard < shardCount(); shard++) {
				int current = shard;
				futures.add(executor.submit(() -> task.apply(current)));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("linkage interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("linkage failed", ex.getCause());
		}
		finally {
			executor.shutdown();
		}
	}

	private static final class ShardResult {

		final IntList left = new IntList();

		final IntList right = new IntList();

		final DoubleList weights = new DoubleList();

		final BitSet forced = new BitSet();

		long cpuNanos;

		void keep(int l, int r, double weight, boolean forcedReview) {
			left.add(l);
			right.add(r);
			weights.add(weight);
			forced.set(left.size() - 1, forcedReview);
		}

	}

}
