package org.fullpicture.earlyhelp.internal;

import java.time.Clock;
import java.util.List;

import org.fullpicture.agencies.Practitioner;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.chronology.Sensitivity;
import org.fullpicture.chronology.Source;
import org.springframework.stereotype.Component;

/**
 * Each step of an episode is an entry in the children's chronology, in the words of
 * whoever took it.
 */
@Component
class EpisodeChronology {

	private final Chronology chronology;

	private final Clock clock;

	EpisodeChronology(Chronology chronology, Clock clock) {
		this.chronology = chronology;
		this.clock = clock;
	}

	Chronology.Recorded write(Episode episode, EntryType type, String text, List<String> factors, Practitioner by) {
		return chronology.record(new NewEntry(episode.childIds(), type, clock.instant(), text, factors,
				Source.PROFESSIONAL, Sensitivity.NORMAL), by, null);
	}

	Chronology.Recorded write(Episode episode, EntryType type, String text, Practitioner by) {
		return write(episode, type, text, List.of(), by);
	}

}
