package org.fullpicture.frontdoor.internal;

import java.util.EnumSet;
import java.util.Set;

import org.fullpicture.frontdoor.DecisionOutcome;
import org.fullpicture.frontdoor.Rag;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The front door's local choices: the time to decide for each RAG rating, which outcomes
 * a manager must sign off, how many reports one client address may send through the
 * public page in an hour, and for how long a section 17 or 47 decision counts as open
 * social care work (the front door does not hear when that work ends; 45 working days is
 * the statutory time for the assessment).
 */
@ConfigurationProperties("fullpicture.frontdoor")
public record FrontDoorSettings(String red, String amber, String green, Set<DecisionOutcome> signOff,
		Integer publicReportsPerHour, Integer socialCareWorkingDays) {

	public FrontDoorSettings {
		red = red == null ? "4 working hours" : red;
		amber = amber == null ? "1 working day" : amber;
		green = green == null ? "3 working days" : green;
		signOff = signOff == null ? EnumSet.of(DecisionOutcome.NO_FURTHER_ACTION) : Set.copyOf(signOff);
		publicReportsPerHour = publicReportsPerHour == null ? 5 : publicReportsPerHour;
		socialCareWorkingDays = socialCareWorkingDays == null ? 45 : socialCareWorkingDays;
		// fail at start-up, not on the first contact
		Timescale.parse(red);
		Timescale.parse(amber);
		Timescale.parse(green);
	}

	public Timescale timescale(Rag rag) {
		return Timescale.parse(switch (rag) {
			case RED -> red;
			case AMBER -> amber;
			case GREEN -> green;
		});
	}

}
