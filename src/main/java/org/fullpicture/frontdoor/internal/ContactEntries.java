package org.fullpicture.frontdoor.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.fullpicture.agencies.Practitioner;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.chronology.Sensitivity;
import org.fullpicture.chronology.Source;
import org.fullpicture.frontdoor.Contact;
import org.fullpicture.frontdoor.ReferrerKind;
import org.springframework.stereotype.Component;

/**
 * Every contact, check, answer, decision and challenge is also an entry in the chronology
 * of each child it concerns.
 */
@Component
public class ContactEntries {

	private final Chronology chronology;

	ContactEntries(Chronology chronology) {
		this.chronology = chronology;
	}

	public void record(Contact contact, List<UUID> childIds, EntryType type, Instant at, String text, Practitioner by,
			Source source) {
		if (childIds.isEmpty()) {
			return;
		}
		chronology.record(new NewEntry(childIds, type, at, text, List.of(), source, Sensitivity.NORMAL), by, null);
	}

	/**
	 * The contact as the referrer gave it, with the reference that ties the entry to the
	 * front door.
	 */
	public void contactReceived(Contact contact, List<UUID> childIds, Practitioner by) {
		StringBuilder text = new StringBuilder("Contact ").append(contact.reference())
			.append(" from ")
			.append(contact.referrerKind().label().toLowerCase(java.util.Locale.UK))
			.append(".\nWhat happened: ")
			.append(contact.whatHappened());
		if (contact.worries() != null) {
			text.append("\nWhat they are worried will happen: ").append(contact.worries());
		}
		if (contact.wants() != null) {
			text.append("\nWhat they want to happen: ").append(contact.wants());
		}
		text.append("\nConsent: ").append(contact.consent().label());
		if (contact.consentNote() != null) {
			text.append(" (").append(contact.consentNote()).append(")");
		}
		record(contact, childIds, EntryType.CONTACT, contact.receivedAt(), text.toString(), by,
				source(contact.referrerKind()));
	}

	static Source source(ReferrerKind kind) {
		return switch (kind) {
			case PRACTITIONER -> Source.PROFESSIONAL;
			case PARENT_OR_CARER -> Source.PARENT_OR_CARER;
			case RELATIVE -> Source.RELATIVE;
			case NEIGHBOUR -> Source.NEIGHBOUR;
			case MEMBER_OF_PUBLIC -> Source.MEMBER_OF_PUBLIC;
			case CHILD -> Source.CHILD;
			case ANONYMOUS -> Source.ANONYMOUS;
		};
	}

}
