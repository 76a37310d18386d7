package org.fullpicture.chronology.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.agencies.Practitioner;
import org.fullpicture.chronology.Entry;
import org.fullpicture.chronology.Factors;
import org.fullpicture.chronology.Sensitivity;
import org.fullpicture.web.Formats;

/**
 * One chronology entry as a page shows it: its colour, the children it is about, whether
 * the viewer may amend it, and its dates, delay, tags and factors already worded, so that
 * a page of fifty renders without a call per field.
 */
record EntryView(Entry entry, TypeGroup group, List<String> about, boolean canAmend, String typeLabel, String occurred,
		String recorded, String delay, List<Tag> tags, List<String> factors, String source) {

	record Tag(String text, String colour) {
	}

	private static final Formats FORMATS = new Formats();

	static EntryView of(Entry entry, Practitioner viewer, Map<UUID, String> childNames) {
		List<String> about = entry.childIds().stream().map(childNames::get).filter(n -> n != null).toList();
		List<Tag> tags = new ArrayList<>();
		if (FORMATS.late(entry.sharingDelay())) {
			tags.add(new Tag("Shared late", "orange"));
		}
		if (entry.sensitivity() == Sensitivity.RESTRICTED) {
			tags.add(new Tag("Restricted", "pink"));
		}
		if (entry.isSuperseded()) {
			tags.add(new Tag("Amended", "grey"));
		}
		if (entry.isAmendment()) {
			tags.add(new Tag("Amendment", "turquoise"));
		}
		return new EntryView(entry, TypeGroup.of(entry.type()), about,
				entry.agencyId().equals(viewer.agencyId()) && !entry.isSuperseded(), entry.type().label(),
				FORMATS.occurred(entry.occurredAt()), FORMATS.dateTime(entry.recordedAt()),
				FORMATS.delay(entry.sharingDelay()) + ".", List.copyOf(tags),
				entry.factors().stream().map(f -> f + " " + Factors.label(f)).toList(), entry.source().label());
	}

}
