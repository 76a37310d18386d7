package org.fullpicture.directory.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fullpicture.agencies.Practitioners;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.chronology.Sensitivity;
import org.fullpicture.chronology.Source;
import org.fullpicture.directory.Directory;
import org.fullpicture.directory.DirectoryService;
import org.fullpicture.directory.ServiceEnded;
import org.fullpicture.directory.ServiceStatus;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.DateRange;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services children and families receive, from a date to a date. When one ends, or
 * the service itself stops, every child affected gets a "service ended" entry (by the
 * system recorder) and the people working with them are told.
 */
@Service
class ServicesReceived {

	public record Received(UUID id, UUID personId, UUID serviceId, String serviceName, ServiceStatus serviceStatus,
			LocalDate from, LocalDate to, String endedReason) {

		/**
		 * Still received on this day: started, and with no end on or before it (a service
		 * ended today has ended, as {@link ServicesReceived#end} counts it).
		 */
		public boolean isOngoingOn(LocalDate day) {
			return !from.isAfter(day) && (to == null || to.isAfter(day));
		}

	}

	private final JdbcClient db;

	private final Directory directory;

	private final Chronology chronology;

	private final Practitioners practitioners;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ServicesReceived(JdbcClient db, Directory directory, Chronology chronology, Practitioners practitioners,
			ApplicationEventPublisher events, Clock clock) {
		this.db = db;
		this.directory = directory;
		this.chronology = chronology;
		this.practitioners = practitioners;
		this.events = events;
		this.clock = clock;
	}

	List<Received> of(UUID personId) {
		return db
			.sql("""
					SELECT r.*, s.name, s.status FROM directory_service_received r JOIN directory_service s ON s.id = r.service_id
					WHERE r.person_id = ? ORDER BY r.to_date DESC NULLS FIRST, r.from_date DESC""")
			.param(personId)
			.query((rs, row) -> new Received(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
					rs.getObject("service_id", UUID.class), rs.getString("name"),
					ServiceStatus.valueOf(rs.getString("status")), rs.getObject("from_date", LocalDate.class),
					rs.getObject("to_date", LocalDate.class), rs.getString("ended_reason")))
			.list();
	}

	@Transactional
	Received record(UUID personId, UUID serviceId, LocalDate from, LocalDate to, UUID recordedBy) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = today();
		if (serviceId == null || directory.find(serviceId).isEmpty()) {
			problems.add(new FieldProblem("serviceId", "Choose a service from the directory"));
		}
		if (from == null) {
			problems.add(new FieldProblem("from", "Enter the date the service started"));
		}
		else {
			DateRange.problem("from", from, DateRange.EARLIEST, today.plusYears(1), today, "The start date")
				.ifPresent(problems::add);
		}
		DateRange.problem("to", to, DateRange.EARLIEST, today.plusYears(1), today, "The end date")
			.ifPresent(problems::add);
		if (from != null && to != null && to.isBefore(from)) {
			problems.add(new FieldProblem("to", "The end date must be the same as or after the start date"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		UUID id = UUID.randomUUID();
		db.sql("""
				INSERT INTO directory_service_received (id, person_id, service_id, from_date, to_date, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, personId, serviceId, from, to, recordedBy, clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.update();
		return get(id);
	}

	/** One child's service ends: recorded, told, and in the chronology the same day. */
	@Transactional
	Received end(UUID receivedId, LocalDate to) {
		Received received = get(receivedId);
		if (received.to() != null && !received.to().isAfter(today())) {
			throw new Conflict("to", "This service has already ended");
		}
		LocalDate last = to == null ? today() : to;
		if (last.isBefore(received.from())) {
			throw new InvalidInput("to", "The end date must be the same as or after the start date");
		}
		DateRange.require("to", to, DateRange.EARLIEST, today(), today(), "The end date");
		String reason = "The service " + received.serviceName() + " ended for this child";
		db.sql("UPDATE directory_service_received SET to_date = ?, ended_reason = ? WHERE id = ?")
			.params(last, reason, receivedId)
			.update();
		tell(directory.get(received.serviceId()), List.of(received.personId()), reason, "received:" + receivedId);
		return get(receivedId);
	}

	/**
	 * A service's status changes. Stopping (inactive, defunct or temporarily closed)
	 * tells everyone working with each child receiving it; inactive and defunct also end
	 * what they receive.
	 */
	@Transactional
	DirectoryService changeStatus(UUID serviceId, ServiceStatus status) {
		if (status == null) {
			throw new InvalidInput("status", "Choose the service's status");
		}
		DirectoryService service = directory.get(serviceId);
		if (service.status() == status) {
			return service;
		}
		db.sql("UPDATE directory_service SET status = ?, last_modified = ? WHERE id = ?")
			.params(status.name(), clock.instant().atOffset(java.time.ZoneOffset.UTC), serviceId)
			.update();
		if (status != ServiceStatus.ACTIVE) {
			LocalDate today = today();
			List<UUID> children = db.sql("""
					SELECT DISTINCT person_id FROM directory_service_received
					WHERE service_id = ? AND (to_date IS NULL OR to_date >= ?)""")
				.params(serviceId, today)
				.query(UUID.class)
				.list();
			String reason = "The service " + service.name() + " is now " + status.label().toLowerCase();
			if (status != ServiceStatus.TEMPORARILY_CLOSED) {
				db.sql("""
						UPDATE directory_service_received SET to_date = ?, ended_reason = ?
						WHERE service_id = ? AND (to_date IS NULL OR to_date >= ?)""")
					.params(today, reason, serviceId, today)
					.update();
			}
			tell(service, children, reason, "status:" + serviceId + ":" + status + ":" + clock.instant());
		}
		return directory.get(serviceId);
	}

	/** Services checked today: the 12-month review clock starts again. */
	@Transactional
	void markChecked(UUID serviceId) {
		directory.get(serviceId);
		db.sql("UPDATE directory_service SET assured_date = ?, last_modified = ? WHERE id = ?")
			.params(today(), clock.instant().atOffset(java.time.ZoneOffset.UTC), serviceId)
			.update();
	}

	private void tell(DirectoryService service, List<UUID> children, String reason, String key) {
		if (children.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		for (UUID child : children) {
			chronology.record(
					new NewEntry(List.of(child), EntryType.SERVICE_ENDED, now, reason + ".", List.of(),
							Source.PROFESSIONAL, Sensitivity.NORMAL),
					practitioners.system(), "service-ended:" + key + ":" + child);
		}
		events.publishEvent(new ServiceEnded(service.id(), service.name(), children, reason, now));
	}

	Received get(UUID id) {
		return db
			.sql("""
					SELECT r.*, s.name, s.status FROM directory_service_received r JOIN directory_service s ON s.id = r.service_id
					WHERE r.id = ?""")
			.param(id)
			.query((rs, row) -> new Received(id, rs.getObject("person_id", UUID.class),
					rs.getObject("service_id", UUID.class), rs.getString("name"),
					ServiceStatus.valueOf(rs.getString("status")), rs.getObject("from_date", LocalDate.class),
					rs.getObject("to_date", LocalDate.class), rs.getString("ended_reason")))
			.optional()
			.orElseThrow(() -> new NotFound("Service received " + id));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

}
