package org.fullpicture.chronology;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.people.People;
import org.fullpicture.people.FamilyNetwork;
import org.fullpicture.people.Person;
import org.springframework.stereotype.Service;

/**
 * The family chronology's children: one place decides who is in it, for the page and the
 * API alike.
 */
@Service
public class FamilyChildren {

	/**
	 * The child first, then the brothers and sisters the viewer may see; {@code notShown}
	 * counts the others.
	 */
	public record Family(List<Person> children, int notShown) {

		public List<UUID> ids() {
			return children.stream().map(Person::id).toList();
		}

	}

	private final People people;

	private final FamilyNetwork familyNetwork;

	private final AccessPolicy policy;

	private final RecordAccess access;

	private final Clock clock;

	FamilyChildren(People people, FamilyNetwork familyNetwork, AccessPolicy policy, RecordAccess access, Clock clock) {
		this.people = people;
		this.familyNetwork = familyNetwork;
		this.policy = policy;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Call once the child's own chronology has been opened; each brother or sister shown
	 * is audited as a view.
	 */
	public Family of(Person child, Practitioner viewer, Channel channel) {
		LocalDate today = LocalDate.now(clock);
		List<Person> others = new ArrayList<>();
		int notShown = 0;
		for (Person other : people.findAll(familyNetwork.household(child.id()))) {
			if (other.id().equals(child.id()) || !other.isChildOn(today)) {
				continue;
			}
			// each brother or sister is a record of its own: seen only on its own
			// grounds, and audited
			if (policy.groundsFor(viewer, other.id()).isFull()) {
				access.openInFull(other.id(), AuditAction.VIEWED_CHRONOLOGY, channel);
				others.add(other);
			}
			else {
				notShown++;
			}
		}
		others.sort(Comparator.comparing(Person::fullName));
		List<Person> children = new ArrayList<>(List.of(child));
		children.addAll(others);
		return new Family(List.copyOf(children), notShown);
	}

}
