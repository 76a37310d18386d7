package org.fullpicture.chronology.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.fullpicture.chronology.EntryType;
import org.fullpicture.web.Drafts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordEntryFormTests {

	private static RecordEntryForm form(String day, String month, String year, String time) {
		RecordEntryForm form = new RecordEntryForm();
		form.getOccurredOn().setDay(day);
		form.getOccurredOn().setMonth(month);
		form.getOccurredOn().setYear(year);
		form.setOccurredTime(time);
		return form;
	}

	@Test
	void readsTimesAsPractitionersWriteThem() {
		assertThat(form("1", "1", "2026", "9:30am").time()).contains(LocalTime.of(9, 30));
		assertThat(form("1", "1", "2026", "9.30 PM").time()).contains(LocalTime.of(21, 30));
		assertThat(form("1", "1", "2026", "12am").time()).contains(LocalTime.MIDNIGHT);
		assertThat(form("1", "1", "2026", "14:05").time()).contains(LocalTime.of(14, 5));
		assertThat(form("1", "1", "2026", "13pm").time()).isEmpty();
		assertThat(form("1", "1", "2026", "25:00").time()).isEmpty();
	}

	@Test
	void turnsUkTimeIntoAnInstantAndAddsTheOtherChildren() {
		RecordEntryForm form = form("1", "7", "2026", "10:30am");
		form.setType("CONCERN");
		UUID child = UUID.randomUUID();
		UUID sibling = UUID.randomUUID();
		form.setAlsoAbout(List.of(sibling.toString(), "not-an-id"));
		var entry = form.toNewEntry(child);
		assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2026-07-01T09:30:00Z"));
		assertThat(entry.childIds()).containsExactly(child, sibling);
		assertThat(entry.type()).isEqualTo(EntryType.CONCERN);
	}

	@Test
	void namesWhatIsWrongWithTheDateAndTime() {
		assertThat(form("", "", "", "").problems().get("occurredOn")).isEqualTo("Enter the date it happened");
		assertThat(form("30", "2", "2026", "").problems().get("occurredOn"))
			.isEqualTo("The date it happened must be a real date");
		assertThat(form("3", "2", "26", "").problems().get("occurredOn")).isEqualTo("Year must include 4 numbers");
		assertThat(form("3", "2", "2026", "noon-ish").problems().has("occurredTime")).isTrue();
		assertThat(form("3", "2", "2026", "").problems().isEmpty()).isTrue();
	}

	@Test
	void aDraftRefillsTheFormAsTheBrowserWouldHave() {
		RecordEntryForm form = new RecordEntryForm();
		RecordEntryController.bind(form, new Drafts.Draft(
				"type=MISSING&text=a+%26+b%0Aline&factors=10A&factors=3A&occurredOn.day=4&unknown=x", Instant.EPOCH));
		assertThat(form.getType()).isEqualTo("MISSING");
		assertThat(form.getText()).isEqualTo("a & b\nline");
		assertThat(form.getFactors()).containsExactly("10A", "3A");
		assertThat(form.getOccurredOn().getDay()).isEqualTo("4");
	}

}
