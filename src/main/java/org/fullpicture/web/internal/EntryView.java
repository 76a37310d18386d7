package org.fullpicture.web.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.agencies.Practitioner;
import org.fullpicture.chronology.Entry;

/** One chronology entry as a page shows it: its colour, the children it is about, and whether the viewer may amend it. */
record EntryView(Entry entry, TypeGroup group, List<String> about, boolean canAmend) {

	static EntryView of(Entry entry, Practitioner viewer, Map<UUID, String> childNames) {
		List<String> about = entry.childIds().stream().map(childNames::get).filter(n -> n != null).toList();
		return new EntryView(entry, TypeGroup.of(entry.type()), about,
				entry.agencyId().equals(viewer.agencyId()) && !entry.isSuperseded());
	}

}
