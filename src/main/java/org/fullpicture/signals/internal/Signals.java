package org.fullpicture.signals.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.MaxLength;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and acting on signals. A signal is part of the child's record: reading or
 * acting on it needs grounds to read the child's chronology, and each read is audited.
 */
@Service
class Signals {

	private final SignalStore store;

	private final RecordAccess access;

	private final Clock clock;

	Signals(SignalStore store, RecordAccess access, Clock clock) {
		this.store = store;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	List<SignalStore.Signal> ofChild(UUID personId, Channel channel) {
		access.openInFull(personId, AuditAction.VIEWED_SIGNALS, channel);
		return store.of(List.of(personId));
	}

	@Transactional
	SignalStore.Signal open(UUID id, Channel channel) {
		SignalStore.Signal signal = store.get(id);
		access.openInFull(signal.personId(), AuditAction.VIEWED_SIGNALS, channel);
		return signal;
	}

	@Transactional
	SignalStore.Signal acknowledge(UUID id, Practitioner by, Channel channel) {
		open(id, channel);
		if (!store.acknowledge(id, by.id(), clock.instant())) {
			throw new Conflict("status", "Only a new signal can be acknowledged");
		}
		return store.get(id);
	}

	@Transactional
	SignalStore.Signal action(UUID id, String whatWasDone, Practitioner by, Channel channel) {
		open(id, channel);
		MaxLength.require("whatWasDone", whatWasDone, 2000, "What was done");
		if (whatWasDone == null || whatWasDone.isBlank()) {
			throw new InvalidInput("whatWasDone", "Say what was done about the signal");
		}
		if (!store.close(id, SignalStore.Status.ACTIONED, by.id(), clock.instant(), whatWasDone.strip(), null)) {
			throw new Conflict("status", "This signal has already been actioned or dismissed");
		}
		return store.get(id);
	}

	@Transactional
	SignalStore.Signal dismiss(UUID id, String reason, Practitioner by, Channel channel) {
		open(id, channel);
		MaxLength.require("reason", reason, 2000, "The reason");
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "Say why the signal is being dismissed");
		}
		if (!store.close(id, SignalStore.Status.DISMISSED, by.id(), clock.instant(), null, reason.strip())) {
			throw new Conflict("status", "This signal has already been actioned or dismissed");
		}
		return store.get(id);
	}

}
