package org.fullpicture.frontdoor;

import java.util.HashSet;
import java.util.Set;

import org.fullpicture.frontdoor.internal.References;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceNumbersTests {

	@Test
	void referencesAreShortUnambiguousAndDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String ref = References.next();
			assertThat(ref).matches("FP-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}");
			seen.add(ref);
		}
		assertThat(seen).hasSize(10_000);
	}

	@Test
	void aReferenceTypedCarelesslyIsReadAsTheStoredOne() {
		assertThat(References.normalise(" fp 7k3m q9xd ")).isEqualTo("FP-7K3M-Q9XD");
		assertThat(References.normalise("7K3M-Q9XD")).isEqualTo("FP-7K3M-Q9XD");
	}

}
