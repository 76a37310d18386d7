package org.fullpicture.earlyhelp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fullpicture.agencies.Practitioner;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.frontdoor.Contact;
import org.fullpicture.frontdoor.ContactDecided;
import org.fullpicture.frontdoor.StepUp;
import org.fullpicture.frontdoor.StepUpReferrals;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.MaxLength;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stepping an episode up to children's social care: the front door gets a contact with
 * the episode's history, so the MASH decides it on its own queue and clock, and the
 * episode shows the contact and, once made, the MASH's decision. The episode stays open
 * until its lead professional closes it as stepped up.
 */
@Service
class StepUps {

	private final Episodes episodes;

	private final EpisodeViews views;

	private final StepUpReferrals frontDoor;

	private final StepUpRecords records;

	StepUps(Episodes episodes, EpisodeViews views, StepUpReferrals frontDoor, StepUpRecords records) {
		this.episodes = episodes;
		this.views = views;
		this.frontDoor = frontDoor;
		this.records = records;
	}

	@Transactional
	StepUpRecords.StepUpView stepUp(UUID episodeId, String reason, Practitioner by) {
		Episode episode = episodes.get(episodeId);
		List<FieldProblem> problems = new ArrayList<>();
		if (EpisodeRules.isBlank(reason)) {
			problems.add(new FieldProblem("reason", "Say why the family needs children's social care now"));
		}
		MaxLength.problem("reason", reason, 2000, "The reason").ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (episode.status() == EpisodeStatus.CLOSED) {
			throw new Conflict("status", "This episode is closed: make a referral to the front door instead");
		}
		if (records.pending(episodeId)) {
			throw new Conflict("reason", "This episode is already stepped up and waiting for the MASH's decision");
		}
		// the contact writes itself, with the history, to the children's chronology
		Contact contact = frontDoor.stepUp(new StepUp(episode.childIds(), by.id(), history(episode), reason.strip(),
				"/early-help/episodes/" + episodeId));
		records.add(episodeId, contact.id(), contact.reference(), reason.strip(), by.id());
		return records.of(episodeId).get(0);
	}

	/** The MASH's decision on a step-up is kept with the episode that asked for it. */
	@ApplicationModuleListener
	void on(ContactDecided decided) {
		records.decided(decided.contactId(), decided.outcome(), decided.decidedAt());
	}

	/** The episode in words, for the MASH: what early help was for and how it went. */
	private String history(Episode episode) {
		EpisodeViews.Detail d = views.detail(episode);
		StringBuilder text = new StringBuilder();
		text.append("Early help since ")
			.append(d.openedAt().atZone(UkTime.ZONE).toLocalDate())
			.append(". Reason: ")
			.append(d.reason())
			.append("\nLead professional: ")
			.append(d.leadProfessional() == null ? "nobody (unallocated)" : d.leadProfessional());
		List<String> team = d.team()
			.stream()
			.filter(EpisodeViews.MemberView::current)
			.map(m -> m.name() + " (" + m.agency() + ")")
			.toList();
		text.append("\nTeam around the family: ").append(team.isEmpty() ? "none" : String.join("; ", team));
		if (!d.outcomes().isEmpty()) {
			var latest = d.reviews().isEmpty() ? null : d.reviews().get(d.reviews().size() - 1);
			text.append("\nPlan outcomes")
				.append(latest == null ? " (not yet reviewed):"
						: " and latest scores out of 10 (review of " + latest.heldOn() + "):");
			for (Plans.Outcome o : d.outcomes()) {
				Integer score = latest == null ? null : latest.scores().get(o.id());
				text.append("\n- ").append(o.description()).append(score == null ? "" : ": " + score);
			}
		}
		long overdue = d.actions().stream().filter(EpisodeViews.ActionView::overdue).count();
		text.append("\nReviews held: ")
			.append(d.reviews().size())
			.append(". Actions overdue: ")
			.append(overdue)
			.append('.');
		return text.toString();
	}

}
