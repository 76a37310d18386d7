package org.fullpicture.notify.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.calendar.WorkingCalendar;
import org.fullpicture.chronology.ChronologyReader;
import org.fullpicture.chronology.ChronologyEntryRecorded;
import org.fullpicture.chronology.Entry;
import org.fullpicture.chronology.EntryType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When something is recorded about a child, tells the other agencies working with the
 * child and the early help team, by the routing rules: urgent types at once, others in
 * the daily digest. A police domestic abuse incident also goes to the child's current
 * setting (Operation Encompass).
 */
@Component
class EntryNotifier {

	private final NotifySettings settings;

	private final Recipients recipients;

	private final Notifications notifications;

	private final ChronologyReader chronology;

	private final Practitioners practitioners;

	private final Agencies agencies;

	private final WorkingCalendar calendar;

	private final Encompass encompass;

	private final Timeliness timeliness;

	EntryNotifier(NotifySettings settings, Recipients recipients, Notifications notifications,
			ChronologyReader chronology, Practitioners practitioners, Agencies agencies, WorkingCalendar calendar,
			Encompass encompass, Timeliness timeliness) {
		this.timeliness = timeliness;
		this.settings = settings;
		this.recipients = recipients;
		this.notifications = notifications;
		this.chronology = chronology;
		this.practitioners = practitioners;
		this.agencies = agencies;
		this.calendar = calendar;
		this.encompass = encompass;
	}

	@ApplicationModuleListener
	void on(ChronologyEntryRecorded recorded) {
		timeliness.record(recorded);
		Optional<Agency> agency = agencies.find(recorded.agencyId());
		// the setting's leads get the Operation Encompass notice, not a second notice of
		// the same entry
		Map<UUID, Set<UUID>> toldByEncompass = new HashMap<>();
		if (recorded.type() == EntryType.DOMESTIC_ABUSE_INCIDENT && recorded.supersedesId() == null
				&& agency.map(a -> a.type() == AgencyType.POLICE).orElse(false)) {
			recorded.childIds().forEach(child -> toldByEncompass.put(child, encompass.tellSetting(recorded, child)));
		}
		boolean atOnce = settings.immediateTypes().contains(recorded.type());
		if (!atOnce && !settings.digestTypes().contains(recorded.type())) {
			return;
		}
		Entry entry = chronology.get(recorded.entryId());
		for (UUID child : recorded.childIds()) {
			Set<UUID> told = recipients.of(child, recorded.agencyId());
			told.remove(entry.recorderId());
			told.removeAll(toldByEncompass.getOrDefault(child, Set.of()));
			for (UUID recipient : told) {
				practitioners.find(recipient)
					.ifPresent(reader -> notifications.tell(Set.of(recipient), new NewNotification(
							Notifications.ENTRY_RECORDED, recorded.entryId().toString(), child, recorded.entryId(),
							summaryFor(entry, reader), "/chronology/" + entry.id(), atOnce,
							atOnce ? calendar.workingHoursFrom(entry.recordedAt(), settings.escalateAfter()).due()
									: null,
							atOnce)));
			}
		}
	}

	/**
	 * Names the kind of information and who recorded it, unless the entry is restricted
	 * from this reader.
	 */
	private String summaryFor(Entry entry, Practitioner reader) {
		if (!chronology.isVisibleTo(entry, reader)) {
			return "Restricted information recorded by " + entry.agencyName();
		}
		return entry.type().label() + " recorded by " + entry.recorderName() + ", " + entry.agencyName();
	}

}
