package org.fullpicture.chronology.internal;

import org.fullpicture.access.RecordAccess;

import org.fullpicture.access.Channel;

import org.fullpicture.access.AuditAction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.chronology.ChronologyReader;
import org.fullpicture.chronology.ChronologyFilter;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.web.HomePanel;
import org.fullpicture.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@PageController
class HomeController {

	private static final int CHILDREN_SHOWN = 50;

	private static final int RECENT_SHOWN = 10;

	private final Involvements involvements;

	private final People people;

	private final ChronologyReader chronology;

	private final Clock clock;

	private final RecordAccess access;

	private final List<HomePanel> panels;

	HomeController(Involvements involvements, People people, ChronologyReader chronology, Clock clock,
			RecordAccess access, List<HomePanel> panels) {
		this.access = access;
		this.panels = panels;
		this.involvements = involvements;
		this.people = people;
		this.chronology = chronology;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Model model) {
		Practitioner me = CurrentPractitioner.get();
		List<Person> children = people.findAll(involvements.childrenOf(me.id(), me.agencyId(), CHILDREN_SHOWN));
		Map<UUID, String> names = children.stream().collect(Collectors.toMap(Person::id, Person::fullName));
		// type, child and agency only: reading the words themselves goes through the
		// audited chronology page
		List<EntryView> recent = children.isEmpty() ? List.of()
				: chronology.of(names.keySet(), ChronologyFilter.none(), me, 1, RECENT_SHOWN)
					.items()
					.stream()
					.map(e -> EntryView.of(e, me, names))
					.toList();
		// the children listed and the children of the recent entries are each a look at
		// that child
		access.listed(children.stream().map(Person::id).toList(), AuditAction.LISTED_IN_RECENT_ACTIVITY, Channel.PAGE);
		model.addAttribute("children", children);
		model.addAttribute("recent", recent);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("panels",
				panels.stream()
					.flatMap(panel -> panel.forSignedIn().stream())
					.sorted(Comparator.comparingInt(HomePanel.Panel::order))
					.toList());
		return "web/home";
	}

}
