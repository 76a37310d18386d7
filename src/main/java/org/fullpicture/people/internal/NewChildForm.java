package org.fullpicture.people.internal;

import java.util.List;
import java.util.UUID;

import org.fullpicture.people.NewPerson;
import org.fullpicture.people.OtherName;
import org.fullpicture.people.Sex;
import org.fullpicture.web.DateParts;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.FormValues;

/**
 * Record a new child: every field kept as typed, so a form with a mistake comes back
 * exactly as it was.
 */
class NewChildForm {

	static class AddressParts {

		private String line1 = "";

		private String line2 = "";

		private String town = "";

		private String postcode = "";

		boolean isBlank() {
			return line1.isBlank() && line2.isBlank() && town.isBlank() && postcode.isBlank();
		}

		public String getLine1() {
			return line1;
		}

		public void setLine1(String line1) {
			this.line1 = line1 == null ? "" : line1;
		}

		public String getLine2() {
			return line2;
		}

		public void setLine2(String line2) {
			this.line2 = line2 == null ? "" : line2;
		}

		public String getTown() {
			return town;
		}

		public void setTown(String town) {
			this.town = town == null ? "" : town;
		}

		public String getPostcode() {
			return postcode;
		}

		public void setPostcode(String postcode) {
			this.postcode = postcode == null ? "" : postcode;
		}

	}

	/** One other name the child is or was known by (an alias, a previous family name). */
	static class OtherNameParts {

		private String kind = "";

		private String givenName = "";

		private String familyName = "";

		boolean isBlank() {
			return kind.isBlank() && givenName.isBlank() && familyName.isBlank();
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind == null ? "" : kind;
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

	}

	private String givenName = "";

	private String familyName = "";

	private DateParts dateOfBirth = new DateParts();

	private DateParts expectedDeliveryDate = new DateParts();

	private String sex = "";

	private String nhsNumber = "";

	private String upn = "";

	private AddressParts address = new AddressParts();

	private OtherNameParts otherName = new OtherNameParts();

	private String educationSettingId = "";

	/** Dates that are not real dates; everything else is the people module's to judge. */
	FormErrors problems() {
		FormErrors errors = FormErrors.none();
		dateOfBirth.problem("date of birth").ifPresent(m -> errors.add("dateOfBirth", m));
		expectedDeliveryDate.problem("expected date of delivery").ifPresent(m -> errors.add("expectedDeliveryDate", m));
		return errors;
	}

	NewPerson toNewPerson() {
		NewPerson.NewAddress newAddress = address.isBlank() ? null : new NewPerson.NewAddress(address.line1,
				blankToNull(address.line2), blankToNull(address.town), address.postcode, null);
		List<OtherName> otherNames = otherName.isBlank() ? List.of()
				: List.of(new OtherName(FormValues.enumOrNull(OtherName.Kind.class, otherName.kind),
						otherName.givenName, otherName.familyName));
		return new NewPerson(givenName, familyName, otherNames, dateOfBirth.toDate().orElse(null),
				expectedDeliveryDate.toDate().orElse(null), sex.isBlank() ? null : Sex.valueOf(sex),
				blankToNull(nhsNumber), blankToNull(upn), newAddress,
				educationSettingId.isBlank() ? null : UUID.fromString(educationSettingId));
	}

	/** The people module's names for fields, as this form names them. */
	static String formField(String peopleField) {
		return peopleField.replace("otherNames[0].", "otherName.");
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
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

	public DateParts getExpectedDeliveryDate() {
		return expectedDeliveryDate;
	}

	public void setExpectedDeliveryDate(DateParts expectedDeliveryDate) {
		this.expectedDeliveryDate = expectedDeliveryDate;
	}

	public String getSex() {
		return sex;
	}

	public void setSex(String sex) {
		// only the listed choices: anything else is treated as not chosen
		this.sex = sex != null && List.of("FEMALE", "MALE", "NOT_KNOWN", "NOT_SPECIFIED").contains(sex) ? sex : "";
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

	public AddressParts getAddress() {
		return address;
	}

	public void setAddress(AddressParts address) {
		this.address = address;
	}

	public OtherNameParts getOtherName() {
		return otherName;
	}

	public void setOtherName(OtherNameParts otherName) {
		this.otherName = otherName;
	}

	public String getEducationSettingId() {
		return educationSettingId;
	}

	public void setEducationSettingId(String educationSettingId) {
		this.educationSettingId = educationSettingId != null && FormValues.looksLikeUuid(educationSettingId)
				? educationSettingId : "";
	}

}
