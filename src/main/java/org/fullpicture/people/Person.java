package org.fullpicture.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * A child (perhaps unborn) or an adult. Identifiers are held normalised and shown
 * formatted.
 */
public record Person(UUID id, String givenName, String familyName, LocalDate dateOfBirth,
		LocalDate expectedDeliveryDate, Sex sex, String nhsNumber, String upn) {

	public static final int ADULT_AGE = 18;

	public String fullName() {
		return givenName + " " + familyName;
	}

	public boolean isUnborn() {
		return dateOfBirth == null && expectedDeliveryDate != null;
	}

	public boolean isChildOn(LocalDate day) {
		return isUnborn() || (dateOfBirth != null && Period.between(dateOfBirth, day).getYears() < ADULT_AGE);
	}

	public String formattedNhsNumber() {
		return NhsNumber.format(nhsNumber);
	}

	/** "4 years", "7 months", "unborn": how practitioners say a child's age. */
	public String ageOn(LocalDate day) {
		if (dateOfBirth == null) {
			return isUnborn() ? "Unborn" : "Not known";
		}
		Period age = Period.between(dateOfBirth, day);
		if (age.getYears() >= 2) {
			return age.getYears() + " years";
		}
		int months = age.getYears() * 12 + age.getMonths();
		return months == 1 ? "1 month" : months + " months";
	}

}
