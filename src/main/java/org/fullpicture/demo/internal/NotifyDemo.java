package org.fullpicture.demo.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.chronology.Sensitivity;
import org.fullpicture.chronology.Source;
import org.springframework.stereotype.Component;

/**
 * Something for the demo school's safeguarding lead to be told: the town is written
 * straight to its tables, without events, so a few entries are recorded through the
 * chronology as practitioners would, and notify tells the people working with the
 * children (an Operation Encompass notice, an urgent self-harm notification).
 */
@Component
class NotifyDemo {

	private final Chronology chronology;

	private final Practitioners practitioners;

	private final Involvements involvements;

	private final Clock clock;

	NotifyDemo(Chronology chronology, Practitioners practitioners, Involvements involvements, Clock clock) {
		this.chronology = chronology;
		this.practitioners = practitioners;
		this.involvements = involvements;
		this.clock = clock;
	}

	void load() {
		Practitioner dsl = demo("school-dsl");
		Practitioner police = demo("police");
		Practitioner healthVisitor = demo("health-visitor");
		List<UUID> pupils = involvements.childrenOf(dsl.id(), dsl.agencyId(), 14);
		if (pupils.size() < 14) {
			return;
		}
		record(police, pupils.get(12), EntryType.DOMESTIC_ABUSE_INCIDENT, Duration.ofHours(14),
				"Officers attended a domestic abuse incident at the home at 10pm. The children were upstairs; "
						+ "mum had a cut lip and said her partner had left.");
		record(healthVisitor, pupils.get(13), EntryType.SELF_HARM, Duration.ofHours(3),
				"Seen at the walk-in centre with cuts to her forearm; she said it helps when things are bad at home.");
	}

	private void record(Practitioner by, UUID child, EntryType type, Duration ago, String text) {
		chronology.record(new NewEntry(List.of(child), type, clock.instant().minus(ago), text, List.of(),
				Source.PROFESSIONAL, Sensitivity.NORMAL), by, null);
	}

	private Practitioner demo(String username) {
		return practitioners.account(username).orElseThrow().practitioner();
	}

}
