package org.fullpicture.chronology.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.chronology.ChronologyReader;
import org.fullpicture.chronology.Entry;
import org.fullpicture.chronology.SummaryChecks;
import org.fullpicture.people.People;
import org.fullpicture.web.PageController;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One entry on its own page: where "see the later entry" and "amends an earlier entry"
 * lead, whatever page they are on.
 */
@PageController
class EntryController {

	private final ChronologyReader chronology;

	private final People people;

	private final RecordAccess access;

	private final SummaryChecks summaryChecks;

	EntryController(ChronologyReader chronology, People people, RecordAccess access, SummaryChecks summaryChecks) {
		this.summaryChecks = summaryChecks;
		this.chronology = chronology;
		this.people = people;
		this.access = access;
	}

	@GetMapping("/chronology/{entryId}")
	String entry(@PathVariable UUID entryId, Model model) {
		Entry entry = chronology.get(entryId);
		Practitioner me = CurrentPractitioner.get();
		if (!chronology.isVisibleTo(entry, me)) {
			throw new AccessDeniedException("This entry is restricted to the agency that recorded it and the MASH");
		}
		UUID childId = entry.childIds().get(0);
		access.openEntry(entry.childIds(), entry.agencyId(), Channel.PAGE);
		Map<UUID, String> names = new LinkedHashMap<>();
		people.findAll(entry.childIds()).forEach(p -> names.put(p.id(), p.fullName()));
		model.addAttribute("child", people.get(childId));
		model.addAttribute("entries", List.of(EntryView.of(entry, me, names)));
		// a summary always lets its reader open the words it summarised
		model.addAttribute("advice", summaryChecks.check(entry.type(), entry.text(), entry.childIds(), me, entry.id(),
				entry.recordedAt(), Channel.PAGE));
		return "chronology/entry";
	}

}
