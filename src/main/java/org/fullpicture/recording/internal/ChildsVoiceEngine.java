package org.fullpicture.recording.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.fullpicture.recording.ChildVoiceContext;
import org.fullpicture.recording.ChildsVoiceResult;

/** The check behind {@link org.fullpicture.recording.ChildsVoiceCheck}. */
public final class ChildsVoiceEngine {

	static final String RESOURCE = "recording/childs-voice.tsv";

	private final PatternIndex<VoiceKind> cues;

	ChildsVoiceEngine(PatternIndex<VoiceKind> cues) {
		this.cues = cues;
	}

	public static ChildsVoiceEngine fromDataFiles() {
		return new ChildsVoiceEngine(DataFile.patternsByKind(RESOURCE, VoiceKind.class));
	}

	public ChildsVoiceResult check(String text, ChildVoiceContext context) {
		AnalysedText analysed = AnalysedText.of(text);
		Set<VoiceKind> found = EnumSet.noneOf(VoiceKind.class);
		for (int i = 0; i < analysed.tokens().size(); i++) {
			cues.matchesAt(analysed.tokens(), i).forEach(hit -> found.add(hit.value()));
		}
		boolean baby = context.isUnderTalkingAge();
		boolean words = found.contains(VoiceKind.OWN_WORDS) || Speakers.childSpeaks(analysed.tokens());
		boolean seen = found.contains(VoiceKind.SEEN_AND_HEARD) || found.contains(VoiceKind.REASON_NOT_HEARD)
				|| (baby && found.contains(VoiceKind.BABY_OBSERVATION));
		if (words || seen) {
			return new ChildsVoiceResult(false, words, seen, "", "");
		}
		String document = context.kind().name().toLowerCase(Locale.ROOT);
		return baby ? new ChildsVoiceResult(true, false, false, "This " + document
				+ " does not say how the baby was seen: what you saw of them and how they responded to the people caring for them.",
				"Describe what you saw: how the baby responded to you and to their carer, the cues they gave and the care you watched. If you could not see the baby, say why.")
				: new ChildsVoiceResult(true, false, false,
						"This " + document
								+ " has no words from the child and does not say how the child was seen and heard.",
						"Add what the child said, in their own words where you can, and how you saw and heard them: for example seen alone, through play or drawing, or their wishes and feelings. If that was not possible, say why.");
	}

}
