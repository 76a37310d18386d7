package org.fullpicture.chronology.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.Grounds;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.chronology.ChronologyReader;
import org.fullpicture.chronology.ChronologyFilter;
import org.fullpicture.linkage.Identities;
import org.fullpicture.people.People;
import org.fullpicture.people.PersonRecords;
import org.fullpicture.people.Person;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.PageController;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A child's record: in full on need-to-know grounds, otherwise only who knows the child.
 * Every view is audited.
 */
@PageController
class ChildRecordController {

	static final int LATEST_ENTRIES = 10;

	private final People people;

	private final PersonRecords records;

	private final Involvements involvements;

	private final RecordAccess access;

	private final ChronologyReader chronology;

	private final AccessPolicy policy;

	private final Clock clock;

	private final Identities identities;

	private final TransactionTemplate transaction;

	ChildRecordController(People people, PersonRecords records, Involvements involvements, RecordAccess access,
			ChronologyReader chronology, AccessPolicy policy, Clock clock, Identities identities,
			TransactionTemplate transaction) {
		this.transaction = transaction;
		this.identities = identities;
		this.policy = policy;
		this.people = people;
		this.records = records;
		this.involvements = involvements;
		this.access = access;
		this.chronology = chronology;
		this.clock = clock;
	}

	// one transaction: one connection for the reads, and the audit row commits with them,
	// before the page is sent
	@GetMapping("/children/{id}")
	String record(@PathVariable UUID id, Model model) {
		return transaction.execute(status -> read(id, model));
	}

	private String read(UUID id, Model model) {
		// a record merged into another is shown as the person it now belongs to
		UUID root = identities.rootOf(id);
		if (!root.equals(id)) {
			return "redirect:/children/" + root;
		}
		Person child = people.get(id);
		Grounds grounds = access.open(id, Channel.PAGE);
		model.addAttribute("child", child);
		model.addAttribute("grounds", grounds);
		model.addAttribute("involvements", involvements.activeOf(id));
		model.addAttribute("today", LocalDate.now(clock));
		if (!grounds.isFull()) {
			return "people/known-to";
		}
		Practitioner me = CurrentPractitioner.get();
		model.addAttribute("whyYouSeeIt", switch (grounds) {
			case ROLE -> "You can see this record because your role covers every child";
			case BREAK_GLASS -> "You can see this record because you broke glass: your access is recorded for review";
			default -> "You can see this record because your agency works with this child";
		});
		model.addAttribute("canSeeAudit", policy.canSeeAuditOf(me, id));
		model.addAttribute("canUndoMerges", policy.canDecideMatches(me));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		var latest = chronology.of(List.of(id), ChronologyFilter.none(), me, 1, LATEST_ENTRIES);
		model.addAttribute("record", records.record(id));
		model.addAttribute("entries",
				latest.items().stream().map(e -> EntryView.of(e, me, Map.of(id, child.fullName()))).toList());
		model.addAttribute("totalEntries", latest.total());
		return "people/child-record";
	}

}
