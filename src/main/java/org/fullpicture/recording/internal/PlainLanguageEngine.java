package org.fullpicture.recording.internal;

import java.util.List;

import org.fullpicture.recording.Finding;
import org.fullpicture.recording.TextContext;

/**
 * The plain-language check behind {@link org.fullpicture.recording.PlainLanguageCheck},
 * built from the module's data files.
 */
public final class PlainLanguageEngine {

	private final PhraseScanner scanner;

	private final BlockingPolicy policy;

	PlainLanguageEngine(PhraseCatalogue catalogue, BlockingPolicy policy) {
		this.scanner = new PhraseScanner(catalogue);
		this.policy = policy;
	}

	public static PlainLanguageEngine fromDataFiles() {
		return new PlainLanguageEngine(PhraseCatalogue.load(), BlockingPolicy.load());
	}

	public List<Finding> check(String text, TextContext context) {
		AnalysedText analysed = AnalysedText.of(text);
		List<Token> tokens = analysed.tokens();
		return scanner.scan(analysed).stream().map(match -> {
			int start = tokens.get(match.first()).start();
			int end = tokens.get(match.end() - 1).end();
			Phrase phrase = match.phrase();
			return new Finding(start, end, analysed.text().substring(start, end), phrase.category(), phrase.why(),
					phrase.instead(), policy.blocks(context, phrase.category()));
		}).toList();
	}

}
