package org.fullpicture.web;

import java.util.ArrayList;
import java.util.List;

import org.fullpicture.shared.PageOf;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The GOV.UK pagination component's links for one page of a list, keeping the current
 * filters.
 */
public record Pager(String previous, String next, List<Item> items, long total, int from, int to) {

	public record Item(Integer number, String href, boolean current) {

		public boolean isEllipsis() {
			return number == null;
		}

	}

	public static Pager of(PageOf<?> page) {
		List<Item> items = new ArrayList<>();
		int last = page.totalPages();
		Integer previousShown = null;
		for (int n = 1; n <= last; n++) {
			// first, last, and the current page's neighbours; gaps become an ellipsis
			if (n == 1 || n == last || Math.abs(n - page.page()) <= 1) {
				if (previousShown != null && n - previousShown > 1) {
					items.add(new Item(null, null, false));
				}
				items.add(new Item(n, href(n), n == page.page()));
				previousShown = n;
			}
		}
		int from = page.total() == 0 ? 0 : (page.page() - 1) * page.size() + 1;
		int to = (int) Math.min(page.total(), (long) page.page() * page.size());
		return new Pager(page.hasPrevious() ? href(page.page() - 1) : null,
				page.hasNext() ? href(page.page() + 1) : null, items, page.total(), from, to);
	}

	public boolean isNeeded() {
		return items.size() > 1;
	}

	private static String href(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
	}

}
