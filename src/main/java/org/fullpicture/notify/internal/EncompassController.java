package org.fullpicture.notify.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Police see whether their notices reached settings on time; settings' leads see what
 * came to them.
 */
@PageController
class EncompassController {

	private final EncompassNotices notices;

	private final Agencies agencies;

	private final People people;

	private final RecordAccess access;

	EncompassController(EncompassNotices notices, Agencies agencies, People people, RecordAccess access) {
		this.access = access;
		this.notices = notices;
		this.agencies = agencies;
		this.people = people;
	}

	@GetMapping({ "/operation-encompass", "/operation-encompass/{id}" })
	String list(Model model) {
		Practitioner me = CurrentPractitioner.get();
		EncompassApi.requireMayFollow(me, agencies);
		List<EncompassNotices.Notice> found = notices.of(me.agencyId(), EncompassApi.LIMIT);
		boolean police = agencies.get(me.agencyId()).type() == AgencyType.POLICE;
		// a setting's lead sees the names of its own pupils; police see the children they
		// recorded about
		List<UUID> children = found.stream().map(EncompassNotices.Notice::personId).distinct().toList();
		access.listed(children, AuditAction.LISTED_IN_WORK_LIST, Channel.PAGE);
		Map<UUID, String> names = people.findAll(children)
			.stream()
			.collect(Collectors.toMap(Person::id, Person::fullName));
		model.addAttribute("notices", found);
		model.addAttribute("months", notices.monthly(me.agencyId(), EncompassApi.LIMIT));
		model.addAttribute("names", names);
		model.addAttribute("police", police);
		return "notify/operation-encompass";
	}

}
