package org.fullpicture.chronology.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.Involvement;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.chronology.ChronologyReader;
import org.fullpicture.chronology.ChronologyFilter;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.FamilyChildren;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.shared.PageOf;
import org.fullpicture.web.PageController;
import org.fullpicture.web.Pager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A child's chronology, or the household's children together, with filters, paging and a
 * timeline.
 */
@PageController
class ChronologyController {

	static final int PAGE_SIZE = 50;

	private final People people;

	private final Involvements involvements;

	private final ChronologyReader chronology;

	private final RecordAccess access;

	private final FamilyChildren familyChildren;

	private final TransactionTemplate transaction;

	ChronologyController(People people, Involvements involvements, ChronologyReader chronology, RecordAccess access,
			FamilyChildren familyChildren, TransactionTemplate transaction) {
		this.transaction = transaction;
		this.people = people;
		this.involvements = involvements;
		this.chronology = chronology;
		this.access = access;
		this.familyChildren = familyChildren;
	}

	// one transaction: one connection for the reads, and the audit rows commit with them,
	// before the page is sent
	@GetMapping("/children/{id}/chronology")
	String child(@PathVariable UUID id, @ModelAttribute("filter") ChronologyFilterForm filter, Model model) {
		return transaction.execute(status -> {
			Person child = people.get(id);
			// without grounds, the page shows the viewer's own agency's entries only
			boolean full = access.openChronology(id, Channel.PAGE).isFull();
			model.addAttribute("family", false);
			model.addAttribute("notShown", 0);
			model.addAttribute("ownAgencyOnly", !full);
			return page(child, List.of(child), filter, !full, model);
		});
	}

	@GetMapping("/children/{id}/family-chronology")
	String family(@PathVariable UUID id, @ModelAttribute("filter") ChronologyFilterForm filter, Model model) {
		return transaction.execute(status -> {
			Person child = people.get(id);
			access.openInFull(id, AuditAction.VIEWED_CHRONOLOGY, Channel.PAGE);
			FamilyChildren.Family family = familyChildren.of(child, CurrentPractitioner.get(), Channel.PAGE);
			model.addAttribute("family", true);
			model.addAttribute("ownAgencyOnly", false);
			model.addAttribute("notShown", family.notShown());
			return page(child, family.children(), filter, false, model);
		});
	}

	private String page(Person child, List<Person> children, ChronologyFilterForm filter, boolean ownAgencyOnly,
			Model model) {
		Practitioner me = CurrentPractitioner.get();
		Map<UUID, String> names = new LinkedHashMap<>();
		children.forEach(c -> names.put(c.id(), c.fullName()));
		ChronologyFilter criteria = ownAgencyOnly ? filter.toFilter().onlyAgency(me.agencyId()) : filter.toFilter();
		ChronologyReader.PageWithShape found = chronology.withShape(names.keySet(), criteria, me, filter.getPage(),
				PAGE_SIZE);
		PageOf<EntryView> entries = found.page().map(e -> EntryView.of(e, me, names));
		model.addAttribute("child", child);
		model.addAttribute("children", children);
		model.addAttribute("errors", filter.problems());
		model.addAttribute("entries", entries.items());
		model.addAttribute("pager", Pager.of(entries));
		model.addAttribute("timeline", Timeline.of(found.occurrences(), criteria.from(), criteria.to()));
		model.addAttribute("agencies", agenciesOf(children));
		model.addAttribute("types", EntryType.values());
		return "chronology/chronology";
	}

	private List<Agency> agenciesOf(List<Person> children) {
		Map<UUID, Agency> agencies = new LinkedHashMap<>();
		for (Person c : children) {
			involvements.of(c.id()).stream().map(Involvement::agency).forEach(a -> agencies.putIfAbsent(a.id(), a));
		}
		return agencies.values().stream().sorted(Comparator.comparing(Agency::name)).toList();
	}

}
