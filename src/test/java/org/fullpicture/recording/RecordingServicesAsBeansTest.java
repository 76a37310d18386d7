package org.fullpicture.recording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

class RecordingServicesAsBeansTest {

	@Test
	void springCreatesTheThreeChecksWithNothingElse() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				PlainLanguageCheck.class, DilutionCheck.class, ChildsVoiceCheck.class)) {
			assertThat(context.getBean(PlainLanguageCheck.class).check("No concerns.", TextContext.ENTRY)).hasSize(1);
			assertThat(context.getBean(DilutionCheck.class)).isNotNull();
			assertThat(context.getBean(ChildsVoiceCheck.class)).isNotNull();
		}
	}

}
