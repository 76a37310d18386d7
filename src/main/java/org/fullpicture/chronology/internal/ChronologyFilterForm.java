package org.fullpicture.chronology.internal;

import org.fullpicture.chronology.ChronologyFilter;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.web.DateParts;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.FormValues;

/**
 * The chronology's filters as typed in the query string; anything unreadable is reported
 * and ignored.
 */
class ChronologyFilterForm {

	private String agency = "";

	private String type = "";

	private DateParts from = new DateParts();

	private DateParts to = new DateParts();

	private String order = "newest";

	private int page = 1;

	FormErrors problems() {
		FormErrors errors = FormErrors.none();
		from.problem("the from date").ifPresent(m -> errors.add("from", m));
		to.problem("the to date").ifPresent(m -> errors.add("to", m));
		if (errors.isEmpty() && from.toDate().isPresent() && to.toDate().isPresent()
				&& to.toDate().get().isBefore(from.toDate().get())) {
			errors.add("to", "The to date must be the same as or after the from date");
		}
		if (errors.isEmpty()) {
			new ChronologyFilter(null, null, from.toDate().orElse(null), to.toDate().orElse(null), false).problems()
				.forEach(p -> errors.add(p.field(), p.message()));
		}
		return errors;
	}

	ChronologyFilter toFilter() {
		boolean datesOk = problems().isEmpty();
		return new ChronologyFilter(FormValues.uuidOrNull(agency), FormValues.enumOrNull(EntryType.class, type),
				datesOk ? from.toDate().orElse(null) : null, datesOk ? to.toDate().orElse(null) : null,
				"oldest".equals(order));
	}

	public String getAgency() {
		return agency;
	}

	public void setAgency(String agency) {
		this.agency = agency == null ? "" : agency;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type == null ? "" : type;
	}

	public DateParts getFrom() {
		return from;
	}

	public void setFrom(DateParts from) {
		this.from = from;
	}

	public DateParts getTo() {
		return to;
	}

	public void setTo(DateParts to) {
		this.to = to;
	}

	public String getOrder() {
		return order;
	}

	public void setOrder(String order) {
		this.order = "oldest".equals(order) ? "oldest" : "newest";
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = Math.max(1, page);
	}

}
