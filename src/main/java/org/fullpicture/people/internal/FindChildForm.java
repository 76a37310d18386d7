package org.fullpicture.people.internal;

import org.fullpicture.people.NhsNumber;
import org.fullpicture.people.Upn;
import org.fullpicture.web.DateParts;
import org.fullpicture.web.FormErrors;

/**
 * Find a child by family name and date of birth, by NHS number, or by UPN: whichever the
 * practitioner has.
 */
class FindChildForm {

	enum By {

		NAME, NHS, UPN

	}

	private By by = By.NAME;

	private String givenName = "";

	private String familyName = "";

	private DateParts dateOfBirth = new DateParts();

	private String nhsNumber = "";

	private String upn = "";

	FormErrors problems() {
		FormErrors errors = FormErrors.none();
		switch (by) {
			case NAME -> {
				if (familyName.isBlank()) {
					errors.add("familyName", "Enter the child's family name");
				}
				if (dateOfBirth.isBlank()) {
					errors.add("dateOfBirth", "Enter the child's date of birth");
				}
				dateOfBirth.problem("date of birth").ifPresent(m -> errors.add("dateOfBirth", m));
			}
			case NHS -> NhsNumber.problemWith(nhsNumber).ifPresent(m -> errors.add("nhsNumber", m));
			case UPN -> Upn.problemWith(upn).ifPresent(m -> errors.add("upn", m));
		}
		return errors;
	}

	public By getBy() {
		return by;
	}

	public void setBy(By by) {
		this.by = by == null ? By.NAME : by;
	}

	public String getGivenName() {
		return givenName;
	}

	public void setGivenName(String givenName) {
		this.givenName = givenName == null ? "" : givenName;
	}

	public String getFamilyName() {
		return familyName;
	}

	public void setFamilyName(String familyName) {
		this.familyName = familyName == null ? "" : familyName;
	}

	public DateParts getDateOfBirth() {
		return dateOfBirth;
	}

	public void setDateOfBirth(DateParts dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
	}

	public String getNhsNumber() {
		return nhsNumber;
	}

	public void setNhsNumber(String nhsNumber) {
		this.nhsNumber = nhsNumber == null ? "" : nhsNumber;
	}

	public String getUpn() {
		return upn;
	}

	public void setUpn(String upn) {
		this.upn = upn == null ? "" : upn;
	}

}
