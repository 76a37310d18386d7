package org.fullpicture.notify.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.people.EducationPlacement;
import org.fullpicture.people.People;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.MaxLength;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A notice meant for "the child's school" goes to the safeguarding leads of the setting
 * the child is at now. Addressed to one the child has left, it goes to the current one
 * instead, and the sender is told why; both are recorded.
 */
@Service
class SettingNotices {

	static final int MAX_TEXT = 4000;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	record Sent(UUID id, UUID deliveredToSettingId, boolean rerouted, String reason) {
	}

	private final People people;

	private final Agencies agencies;

	private final Recipients recipients;

	private final Notifications notifications;

	private final JdbcClient db;

	private final Practitioners practitioners;

	private final Clock clock;

	SettingNotices(People people, Agencies agencies, Recipients recipients, Notifications notifications, JdbcClient db,
			Practitioners practitioners, Clock clock) {
		this.practitioners = practitioners;
		this.people = people;
		this.agencies = agencies;
		this.recipients = recipients;
		this.notifications = notifications;
		this.db = db;
		this.clock = clock;
	}

	/** Call only once the sender is known to have grounds to see the child's record. */
	@Transactional
	Sent send(UUID personId, UUID toSettingId, String text, Practitioner sender) {
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (toSettingId == null || agencies.find(toSettingId).filter(a -> a.type().isEducationSetting()).isEmpty()) {
			problems.add(new FieldProblem("toSettingId", "Choose a school, college or early years setting"));
		}
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem("text", "Enter the notice"));
		}
		else {
			MaxLength.problem("text", text, MAX_TEXT, "The notice").ifPresent(problems::add);
		}
		List<EducationPlacement> placements = people.education(personId);
		Optional<EducationPlacement> current = placements.stream().filter(EducationPlacement::isCurrent).findFirst();
		if (problems.isEmpty() && current.isEmpty()) {
			problems.add(new FieldProblem("toSettingId",
					"The child has no current school or setting recorded; record where they are on roll first"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		EducationPlacement now = current.get();
		boolean rerouted = !now.agencyId().equals(toSettingId);
		String reason = rerouted ? reason(placements, toSettingId, now) : null;
		UUID id = UUID.randomUUID();
		Instant at = clock.instant();
		db.sql("""
				INSERT INTO notification_notice (id, person_id, sender_id, to_setting_id, delivered_to_setting_id,
				    rerouted, reason, text, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, personId, sender.id(), toSettingId, now.agencyId(), rerouted, reason, text,
					Notifications.utc(at))
			.update();
		notifications.tell(Set.copyOf(recipients.safeguardingLeads(now.agencyId())),
				new NewNotification(Notifications.SETTING_NOTICE, id.toString(), personId, null,
						"A notice about a pupil from " + agencies.get(sender.agencyId()).name(), "/notices/" + id,
						false, null, true));
		return new Sent(id, now.agencyId(), rerouted, reason);
	}

	/**
	 * A notice as its reader sees it: who sent it, to which setting, where it went, and
	 * why.
	 */
	record Notice(UUID id, UUID personId, String senderName, String senderAgency, String addressedTo,
			String deliveredTo, boolean rerouted, String reason, String text, Instant sentAt) {
	}

	/**
	 * The notice, for the leads of the setting it went to and for its sender; empty for
	 * anyone else, as if there were none.
	 */
	Optional<Notice> find(UUID noticeId, Practitioner reader) {
		return db.sql("""
				SELECT * FROM notification_notice
				WHERE id = ? AND (delivered_to_setting_id = ? OR sender_id = ?)""")
			.params(noticeId, reader.agencyId(), reader.id())
			.query((rs, row) -> {
				Practitioner sender = practitioners.get(rs.getObject("sender_id", UUID.class));
				return new Notice(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
						sender.displayName(), agencies.get(sender.agencyId()).name(),
						agencies.get(rs.getObject("to_setting_id", UUID.class)).name(),
						agencies.get(rs.getObject("delivered_to_setting_id", UUID.class)).name(),
						rs.getBoolean("rerouted"), rs.getString("reason"), rs.getString("text"),
						Notifications.instant(rs, "created_at"));
			})
			.optional();
	}

	/** "left Northfield Primary on 18 July 2025; now at Westbrook Academy" */
	private String reason(List<EducationPlacement> placements, UUID addressedTo, EducationPlacement now) {
		String current = "now at " + now.settingName();
		return placements.stream()
			.filter(p -> p.agencyId().equals(addressedTo) && p.to() != null)
			.findFirst()
			.map(left -> "left " + left.settingName() + " on " + DAY.format(left.to()) + "; " + current)
			.orElse("not on roll at " + agencies.get(addressedTo).name() + "; " + current);
	}

}
