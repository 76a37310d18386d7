package org.fullpicture.web;

import org.fullpicture.shared.Characters;
import org.fullpicture.shared.FieldProblem;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text value of every JSON body is checked as it is read: a NUL (a 500 on
 * PostgreSQL once), a control character or half a surrogate pair is refused naming the
 * field (ApiErrors), and the rest is kept in NFC.
 */
@Component
class TextInputModule extends SimpleModule {

	/** Text that cannot be stored; its message says why, without quoting the text. */
	static class UnstorableText extends InvalidFormatException {

		UnstorableText(JsonParser parser, FieldProblem problem) {
			super(parser, problem.message(), null, String.class);
		}

	}

	TextInputModule() {
		super("fullpicture-text-input");
		addDeserializer(String.class, new StringDeserializer() {

			@Override
			public String deserialize(JsonParser parser, DeserializationContext context) {
				String value = super.deserialize(parser, context);
				var problem = Characters.problem("text", value);
				if (problem.isPresent()) {
					throw new UnstorableText(parser, problem.get());
				}
				return Characters.normalised(value);
			}

		});
	}

}
