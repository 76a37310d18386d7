package org.fullpicture.frontdoor.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.access.Grounds;
import org.fullpicture.access.GroundsSource;
import org.fullpicture.agencies.Practitioner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * While the MASH waits for an agency's answer to a check, that agency's practitioners may
 * read the children's record, to answer from what is known. The grounds end when the
 * check is answered or the contact is decided (both close it), so an agency that was
 * asked once does not keep reading for ever.
 */
@Component
class ContactCheckGrounds implements GroundsSource {

	private final JdbcClient db;

	ContactCheckGrounds(JdbcClient db) {
		this.db = db;
	}

	@Override
	public Optional<Grounds> groundsFor(Practitioner viewer, Set<UUID> personIds) {
		boolean open = db.sql("""
				SELECT COUNT(*) FROM contact_check k JOIN contact_child c ON c.contact_id = k.contact_id
				WHERE k.agency_id = :agency AND k.closed_at IS NULL AND c.person_id IN (:people)""")
			.param("agency", viewer.agencyId())
			.param("people", personIds)
			.query(Long.class)
			.single() > 0;
		return open ? Optional.of(Grounds.CONTACT_CHECK) : Optional.empty();
	}

}
