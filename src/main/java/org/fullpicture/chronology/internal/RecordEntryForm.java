package org.fullpicture.chronology.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fullpicture.calendar.UkTime;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.chronology.Sensitivity;
import org.fullpicture.chronology.Source;
import org.fullpicture.web.DateParts;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.FormValues;

/**
 * Record information about a child: every field kept exactly as typed, so nothing is lost
 * on a mistake.
 */
class RecordEntryForm {

	private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?");

	private String type = "";

	private DateParts occurredOn = new DateParts();

	private String occurredTime = "";

	private String text = "";

	private List<String> factors = new ArrayList<>();

	private String source = Source.PROFESSIONAL.name();

	private String sensitivity = Sensitivity.NORMAL.name();

	private List<String> alsoAbout = new ArrayList<>();

	// one key per form opened: pressing the button twice stores the entry once
	private String submissionKey = UUID.randomUUID().toString();

	/**
	 * Set once the practitioner has seen the advice on their words: the next submission
	 * records them as they are.
	 */
	private boolean wordsChecked;

	/** Asks for the source words a summary lost to be added to it as quotations. */
	private boolean quoteSourceWords;

	/**
	 * What only the form can judge (a real date, a readable time); the chronology judges
	 * the rest.
	 */
	FormErrors problems() {
		FormErrors errors = FormErrors.none();
		if (occurredOn.isBlank()) {
			errors.add("occurredOn", "Enter the date it happened");
		}
		occurredOn.problem("the date it happened").ifPresent(m -> errors.add("occurredOn", m));
		if (!occurredTime.isBlank() && time().isEmpty()) {
			errors.add("occurredTime", "Enter a time like 9:30am or 14:30, or leave it blank");
		}
		return errors;
	}

	/** A 12-hour time with am or pm, or a 24-hour time. */
	Optional<LocalTime> time() {
		Matcher m = TIME.matcher(occurredTime.strip().toLowerCase(Locale.UK));
		if (!m.matches()) {
			return Optional.empty();
		}
		int hour = Integer.parseInt(m.group(1));
		int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
		String half = m.group(3);
		if (half != null) {
			if (hour < 1 || hour > 12) {
				return Optional.empty();
			}
			hour = hour % 12 + ("pm".equals(half) ? 12 : 0);
		}
		return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
	}

	NewEntry toNewEntry(UUID childId) {
		List<UUID> children = new ArrayList<>(List.of(childId));
		alsoAbout.stream().filter(FormValues::looksLikeUuid).map(UUID::fromString).forEach(children::add);
		var occurredAt = occurredOn.toDate()
			.map(d -> d.atTime(time().orElse(LocalTime.MIDNIGHT)).atZone(UkTime.ZONE).toInstant())
			.orElse(null);
		return new NewEntry(children, FormValues.enumOrNull(EntryType.class, type), occurredAt, text, factors,
				FormValues.enumOrNull(Source.class, source), FormValues.enumOrNull(Sensitivity.class, sensitivity));
	}

	/** The chronology's names for fields, as this form names them. */
	static String formField(String chronologyField) {
		return switch (chronologyField) {
			case "occurredAt" -> "occurredOn";
			case "childIds" -> "alsoAbout";
			default -> chronologyField;
		};
	}

	static RecordEntryForm today(LocalDate today) {
		RecordEntryForm form = new RecordEntryForm();
		form.occurredOn = DateParts.of(today);
		return form;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type == null ? "" : type;
	}

	public DateParts getOccurredOn() {
		return occurredOn;
	}

	public void setOccurredOn(DateParts occurredOn) {
		this.occurredOn = occurredOn;
	}

	public String getOccurredTime() {
		return occurredTime;
	}

	public void setOccurredTime(String occurredTime) {
		this.occurredTime = occurredTime == null ? "" : occurredTime;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		// browsers send line breaks as CR LF; keep the words, store one kind of line
		// break
		this.text = text == null ? "" : text.replace("\r\n", "\n");
	}

	public List<String> getFactors() {
		return factors;
	}

	public void setFactors(List<String> factors) {
		this.factors = factors == null ? new ArrayList<>() : factors;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source == null ? "" : source;
	}

	public String getSensitivity() {
		return sensitivity;
	}

	public void setSensitivity(String sensitivity) {
		this.sensitivity = sensitivity == null ? "" : sensitivity;
	}

	public String getSubmissionKey() {
		return submissionKey;
	}

	public void setSubmissionKey(String submissionKey) {
		this.submissionKey = submissionKey == null || submissionKey.isBlank() || submissionKey.length() > 100
				? UUID.randomUUID().toString() : submissionKey;
	}

	public boolean isWordsChecked() {
		return wordsChecked;
	}

	public void setWordsChecked(boolean wordsChecked) {
		this.wordsChecked = wordsChecked;
	}

	public boolean isQuoteSourceWords() {
		return quoteSourceWords;
	}

	public void setQuoteSourceWords(boolean quoteSourceWords) {
		this.quoteSourceWords = quoteSourceWords;
	}

	public List<String> getAlsoAbout() {
		return alsoAbout;
	}

	public void setAlsoAbout(List<String> alsoAbout) {
		this.alsoAbout = alsoAbout == null ? new ArrayList<>() : alsoAbout;
	}

}
