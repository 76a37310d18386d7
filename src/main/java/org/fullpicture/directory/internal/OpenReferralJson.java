package org.fullpicture.directory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.directory.ServiceStatus;

import tools.jackson.databind.JsonNode;

/**
 * Open Referral UK documents in and out. In: a service, an organisation with its
 * services, a service at a location, or a page of any of them. Out: the profile's service
 * shape, leaving out what the directory does not hold (a value the schema types as a
 * string is never sent as null).
 */
final class OpenReferralJson {

	/** What a document held: services, and organisations that came without services. */
	record Contents(List<ServiceRecord> services, List<ServiceRecord.Organization> organizations) {
	}

	private OpenReferralJson() {
	}

	static Contents read(JsonNode document, Instant now) {
		List<ServiceRecord> services = new ArrayList<>();
		List<ServiceRecord.Organization> organizations = new ArrayList<>();
		List<JsonNode> items = new ArrayList<>();
		if (document.isArray()) {
			document.forEach(items::add);
		}
		else if (document.has("contents")) {
			document.get("contents").forEach(items::add);
		}
		else {
			items.add(document);
		}
		for (JsonNode item : items) {
			if (item.has("service") && item.has("location")) {
				services.add(service(item.get("service"), null, List.of(item), now));
			}
			else if (item.has("status")) {
				services.add(service(item, null, null, now));
			}
			else if (item.has("name") && item.has("id") && !item.has("taxonomy_terms") && !item.has("term")) {
				ServiceRecord.Organization organization = organization(item);
				if (item.has("services") && !item.get("services").isEmpty()) {
					item.get("services").forEach(s -> services.add(service(s, organization, null, now)));
				}
				else {
					organizations.add(organization);
				}
			}
		}
		return new Contents(services, organizations);
	}

	private static ServiceRecord service(JsonNode s, ServiceRecord.Organization from, List<JsonNode> atLocations,
			Instant now) {
		ServiceRecord.Organization organization = s.hasNonNull("organization") ? organization(s.get("organization"))
				: from;
		List<ServiceRecord.Location> locations = new ArrayList<>();
		List<JsonNode> links = atLocations;
		if (links == null) {
			links = new ArrayList<>();
			if (s.has("service_at_locations")) {
				s.get("service_at_locations").forEach(links::add);
			}
		}
		for (JsonNode link : links) {
			JsonNode l = link.get("location");
			if (l == null || !l.hasNonNull("id")) {
				continue;
			}
			JsonNode address = l.has("addresses") && !l.get("addresses").isEmpty() ? l.get("addresses").get(0) : null;
			locations.add(new ServiceRecord.Location(uuid(link, "id"), uuid(l, "id"), text(l, "name"),
					address == null ? null : text(address, "address_1"), address == null ? null : text(address, "city"),
					address == null ? null : text(address, "postal_code")));
		}
		List<ServiceRecord.Contact> contacts = new ArrayList<>();
		if (s.has("contacts")) {
			s.get("contacts")
				.forEach(c -> contacts.add(new ServiceRecord.Contact(uuid(c, "id"), text(c, "name"), text(c, "title"),
						text(c, "email"), c.has("phones") && !c.get("phones").isEmpty()
								? text(c.get("phones").get(0), "number") : null)));
		}
		List<ServiceRecord.Need> needs = new ArrayList<>();
		if (s.has("attributes")) {
			s.get("attributes").forEach(a -> {
				JsonNode term = a.get("taxonomy_term");
				if (term != null && term.hasNonNull("id") && term.hasNonNull("name")) {
					needs.add(new ServiceRecord.Need(uuid(term, "id"), text(term, "name")));
				}
			});
		}
		return new ServiceRecord(uuid(s, "id"), organization, required(s, "name"), text(s, "description"),
				text(s, "url"), text(s, "email"), ServiceStatus.fromOpenReferral(required(s, "status")),
				text(s, "fees"), integer(s, "minimum_age"), integer(s, "maximum_age"),
				s.hasNonNull("assured_date") ? LocalDate.parse(s.get("assured_date").asString()) : null,
				text(s, "assurer_email"), text(s, "alert"),
				s.hasNonNull("last_modified") ? Instant.parse(s.get("last_modified").asString()) : now, locations,
				contacts, needs.stream().distinct().toList());
	}

	private static ServiceRecord.Organization organization(JsonNode o) {
		return new ServiceRecord.Organization(uuid(o, "id"), required(o, "name"), text(o, "description"),
				text(o, "email"), o.hasNonNull("website") ? text(o, "website") : text(o, "url"));
	}

	/** The service as the profile's full service document. */
	static Map<String, Object> full(ServiceRecord s) {
		Map<String, Object> out = summary(s);
		List<Object> locations = new ArrayList<>();
		for (ServiceRecord.Location l : s.locations()) {
			Map<String, Object> location = map("id", l.id(), "location_type", "physical", "name", l.name());
			if (l.address1() != null && l.city() != null && l.postalCode() != null) {
				location.put("addresses",
						List.of(map("id", l.id(), "location_id", l.id(), "address_1", l.address1(), "city", l.city(),
								"state_province", "England", "postal_code", l.postalCode(), "country", "GB",
								"address_type", "physical")));
			}
			locations.add(map("id", l.serviceAtLocationId(), "service_id", s.id(), "location_id", l.id(), "location",
					location));
		}
		out.put("service_at_locations", locations);
		out.put("contacts", s.contacts().stream().map(c -> {
			Map<String, Object> contact = map("id", c.id(), "service_id", s.id(), "name", c.name(), "title", c.title(),
					"email", c.email());
			if (c.phone() != null) {
				contact.put("phones", List.of(map("id", c.id(), "contact_id", c.id(), "number", c.phone())));
			}
			return contact;
		}).toList());
		out.put("attributes",
				s.needs()
					.stream()
					.map(n -> map("id", UUID.nameUUIDFromBytes((s.id() + "|" + n.id()).getBytes()), "link_id", s.id(),
							"link_type", "service", "taxonomy_term_id", n.id(), "taxonomy_term",
							map("id", n.id(), "name", n.term(), "description", n.term())))
					.toList());
		return out;
	}

	/** The one-to-one fields of a service: what a page of services holds. */
	static Map<String, Object> summary(ServiceRecord s) {
		Map<String, Object> out = map("id", s.id(), "organization_id",
				s.organization() == null ? null : s.organization().id(), "name", s.name(), "description",
				s.description(), "url", s.url(), "email", s.email(), "status", s.status().openReferral(), "fees",
				s.fees(), "minimum_age", s.minimumAge(), "maximum_age", s.maximumAge(), "assured_date",
				s.assuredDate() == null ? null : s.assuredDate().toString(), "assurer_email", s.assurerEmail(), "alert",
				s.alert(), "last_modified", s.lastModified().toString());
		ServiceRecord.Organization o = s.organization();
		if (o != null) {
			out.put("organization", map("id", o.id(), "name", o.name(), "description",
					o.description() == null ? o.name() : o.description(), "email", o.email(), "website", o.url()));
		}
		return out;
	}

	private static Map<String, Object> map(Object... pairs) {
		Map<String, Object> out = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				out.put((String) pairs[i], pairs[i + 1] instanceof UUID id ? id.toString() : pairs[i + 1]);
			}
		}
		return out;
	}

	private static String text(JsonNode node, String field) {
		return node.hasNonNull(field) ? node.get(field).asString() : null;
	}

	private static String required(JsonNode node, String field) {
		String value = text(node, field);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Each service and organisation needs a " + field);
		}
		return value;
	}

	private static Integer integer(JsonNode node, String field) {
		return node.hasNonNull(field) ? node.get(field).asInt() : null;
	}

	private static UUID uuid(JsonNode node, String field) {
		return UUID.fromString(required(node, field));
	}

}
