package org.fullpicture.chronology;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FactorsTests {

	@Test
	void aFactorCodeReadsAsItsAssessmentLabel() {
		assertThat(Factors.label("16A")).isEqualTo("Neglect");
	}

}
