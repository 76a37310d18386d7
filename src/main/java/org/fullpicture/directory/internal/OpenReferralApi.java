package org.fullpicture.directory.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.directory.Directory;
import org.fullpicture.directory.DirectoryService;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.NotFound;
import org.fullpicture.shared.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory's read API in the Open Referral UK profile, public as directories are:
 * services' details only, never anything about children.
 */
@RestController
class OpenReferralApi {

	private final Directory directory;

	private final DirectoryStore store;

	OpenReferralApi(Directory directory, DirectoryStore store) {
		this.directory = directory;
		this.store = store;
	}

	@GetMapping("/openreferral/")
	Map<String, Object> about() {
		Map<String, Object> about = new LinkedHashMap<>();
		about.put("version", "3.0");
		about.put("profile", "https://openreferraluk.org/");
		about.put("openapi_url", "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json");
		return about;
	}

	@GetMapping("/openreferral/services")
	Map<String, Object> services(@RequestParam(required = false) String search,
			@RequestParam(required = false) Integer page,
			@RequestParam(name = "per_page", required = false) Integer perPage,
			@RequestParam(name = "minimum_age", required = false) Integer minimumAge,
			@RequestParam(name = "maximum_age", required = false) Integer maximumAge,
			@RequestParam(required = false) String postcode,
			@RequestParam(name = "taxonomy_term_id", required = false) String need) {
		if (minimumAge != null && minimumAge < 0) {
			throw new InvalidInput("minimum_age", "The minimum age cannot be negative");
		}
		if (maximumAge != null && maximumAge < 0) {
			throw new InvalidInput("maximum_age", "The maximum age cannot be negative");
		}
		int[] bounds = PageOf.bounded(page, perPage, 50, 200);
		PageOf<DirectoryService> found = directory
			.search(new Directory.Search(search, null, minimumAge, maximumAge, postcode, false), bounds[0], bounds[1]);
		List<Map<String, Object>> contents = found.items()
			.stream()
			.map(s -> OpenReferralJson.summary(store.find(s.id()).orElseThrow()))
			.toList();
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("total_items", found.total());
		out.put("total_pages", found.totalPages());
		out.put("page_number", found.page());
		out.put("size", contents.size());
		out.put("first_page", !found.hasPrevious());
		out.put("last_page", !found.hasNext());
		out.put("empty", contents.isEmpty());
		out.put("contents", contents);
		return out;
	}

	@GetMapping("/openreferral/services/{id}")
	Map<String, Object> service(@PathVariable UUID id) {
		return OpenReferralJson.full(store.find(id).orElseThrow(() -> new NotFound("Service " + id)));
	}

}
