package org.fullpicture.notify.internal;

import java.util.List;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.shared.NotFound;
import org.fullpicture.shared.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Agencies' webhook settings and delivery logs, for administrators. */
@RestController
class WebhooksApi {

	record WebhookRequest(String url) {
	}

	record DeliveryLog(List<Webhooks.Delivery> deliveries, int page, int size, long total) {
	}

	private final Webhooks webhooks;

	private final AccessPolicy policy;

	WebhooksApi(Webhooks webhooks, AccessPolicy policy) {
		this.webhooks = webhooks;
		this.policy = policy;
	}

	@GetMapping("/api/v1/agencies/{agencyId}/webhook")
	Webhooks.Webhook get(@PathVariable UUID agencyId) {
		requireAdministrator();
		return webhooks.of(agencyId).orElseThrow(() -> new NotFound("Webhook of agency " + agencyId));
	}

	@PutMapping("/api/v1/agencies/{agencyId}/webhook")
	Webhooks.WithSecret set(@PathVariable UUID agencyId, @RequestBody WebhookRequest request) {
		requireAdministrator();
		return webhooks.setUrl(agencyId, request == null ? null : request.url());
	}

	@PostMapping("/api/v1/agencies/{agencyId}/webhook/secret")
	Webhooks.WithSecret rotate(@PathVariable UUID agencyId) {
		requireAdministrator();
		return webhooks.rotateSecret(agencyId);
	}

	@DeleteMapping("/api/v1/agencies/{agencyId}/webhook")
	ResponseEntity<Void> remove(@PathVariable UUID agencyId) {
		requireAdministrator();
		webhooks.remove(agencyId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/agencies/{agencyId}/webhook/deliveries")
	DeliveryLog deliveries(@PathVariable UUID agencyId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		requireAdministrator();
		int[] bounds = PageOf.bounded(page, size, 50, 200);
		return new DeliveryLog(webhooks.deliveries(agencyId, bounds[0], bounds[1]), bounds[0], bounds[1],
				webhooks.deliveryCount(agencyId));
	}

	private void requireAdministrator() {
		requireAdministrator(policy);
	}

	/**
	 * Agencies' webhooks are managed by administrators: through the API and the pages
	 * alike.
	 */
	static void requireAdministrator(AccessPolicy policy) {
		if (!policy.canAdminister(CurrentPractitioner.get())) {
			throw new AccessDeniedException("Only administrators manage agencies' webhooks");
		}
	}

}
