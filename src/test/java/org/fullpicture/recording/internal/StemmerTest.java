package org.fullpicture.recording.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemmerTest {

	@ParameterizedTest
	@CsvSource({ "engage,engaged", "engage,engaging", "engage,engages", "engage,engagement", "put,putting",
			"appropriate,appropriately", "comply,complied", "family,families", "choice,choices" })
	void inflectionsShareAStem(String word, String inflected) {
		assertThat(Stemmer.stem(inflected)).isEqualTo(Stemmer.stem(word));
	}

	@ParameterizedTest
	@CsvSource({ "dress,dres", "status,statu", "well,wel" })
	void wordsThatOnlyLookInflectedKeepTheirEnding(String word, String notThis) {
		assertThat(Stemmer.stem(word)).isNotEqualTo(notThis);
	}

}
