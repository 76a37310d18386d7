package org.fullpicture.access;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.agencies.Practitioner;

/**
 * The one door through which a module's own work gives a practitioner grounds to read a
 * child's record: an open front-door check asked of their agency, membership of a team
 * around the family, being the lead professional. A module offers a bean of this type;
 * {@link AccessPolicy} asks every one and the audit names the grounds given, so access
 * never depends on the modules that grant them. Grounds end when the work ends: answer
 * from current state, never from history.
 */
public interface GroundsSource {

	/**
	 * The grounds this module gives {@code viewer} to read the record of any of
	 * {@code personIds} (one child and the records merged with it), or empty. Must be a
	 * cheap indexed query: it runs on every view of a record.
	 */
	Optional<Grounds> groundsFor(Practitioner viewer, Set<UUID> personIds);

}
