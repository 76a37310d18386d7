package org.fullpicture.recording.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fullpicture.recording.Category;
import org.fullpicture.recording.TextContext;
import org.junit.jupiter.api.Test;

class PhraseCatalogueTest {

	private final List<Phrase> phrases = PhraseCatalogue.load().phrases();

	@Test
	void catalogueHasAtLeastSixtyItemsCoveringEveryCategory() {
		assertThat(phrases).hasSizeGreaterThanOrEqualTo(60);
		assertThat(phrases).extracting(Phrase::category).contains(Category.values());
	}

	@Test
	void everyItemSaysWhyInFullSentencesAndWhatToWriteInstead() {
		assertThat(phrases).allSatisfy(phrase -> {
			assertThat(phrase.why()).as(phrase.id()).isNotBlank().endsWith(".");
			assertThat(phrase.instead()).as(phrase.id()).isNotBlank().endsWith(".");
			assertThat(phrase.patterns()).as(phrase.id()).isNotEmpty();
		});
	}

	@Test
	void itemIdsAreUnique() {
		assertThat(phrases).extracting(Phrase::id).doesNotHaveDuplicates();
	}

	@Test
	void blockingPolicyReadsFromItsDataFile() {
		BlockingPolicy policy = BlockingPolicy.load();

		assertThat(policy.blocks(TextContext.CLOSURE_REASON, Category.LABELLING_FAMILY)).isTrue();
		assertThat(policy.blocks(TextContext.ENTRY, Category.LABELLING_FAMILY)).isFalse();
	}

}
