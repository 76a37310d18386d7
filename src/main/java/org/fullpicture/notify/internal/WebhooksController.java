package org.fullpicture.notify.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.PageOf;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.PageController;
import org.fullpicture.web.Pager;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators set each agency's webhook from pages: its address, a new secret (shown
 * once, on the page that made it, never kept in the session), stopping it, and its
 * delivery log.
 */
@PageController
class WebhooksController {

	static final int DELIVERIES_SHOWN = 50;

	private final Webhooks webhooks;

	private final Agencies agencies;

	private final AccessPolicy policy;

	WebhooksController(Webhooks webhooks, Agencies agencies, AccessPolicy policy) {
		this.webhooks = webhooks;
		this.agencies = agencies;
		this.policy = policy;
	}

	@GetMapping("/agencies/webhooks")
	String list(Model model) {
		administrator();
		List<Agency> all = agencies.all()
			.stream()
			.filter(a -> a.type() != AgencyType.SYSTEM)
			.sorted(Comparator.comparing(Agency::name))
			.toList();
		model.addAttribute("agencies", all);
		model.addAttribute("webhooks",
				all.stream()
					.flatMap(a -> webhooks.of(a.id()).stream())
					.collect(Collectors.toMap(Webhooks.Webhook::agencyId, Function.identity())));
		return "notify/webhooks";
	}

	@GetMapping("/agencies/{agencyId}/webhook")
	String show(@PathVariable UUID agencyId, @RequestParam(required = false) Integer page, Model model) {
		administrator();
		return page(agencyId, page, null, Map.of(), FormErrors.none(), model);
	}

	@PostMapping("/agencies/{agencyId}/webhook")
	String set(@PathVariable UUID agencyId, @RequestParam(required = false) String url, Model model) {
		administrator();
		try {
			Webhooks.WithSecret made = webhooks.setUrl(agencyId, url);
			return page(agencyId, 1, made.secret(), Map.of(), FormErrors.none(), model);
		}
		catch (InvalidInput refused) {
			return page(agencyId, 1, null, Map.of("url", url == null ? "" : url),
					FormErrors.none().addAll(refused.problems(), field -> field), model);
		}
	}

	@PostMapping("/agencies/{agencyId}/webhook/secret")
	String rotate(@PathVariable UUID agencyId, Model model) {
		administrator();
		return page(agencyId, 1, webhooks.rotateSecret(agencyId).secret(), Map.of(), FormErrors.none(), model);
	}

	@PostMapping("/agencies/{agencyId}/webhook/removal")
	String remove(@PathVariable UUID agencyId, RedirectAttributes redirect) {
		administrator();
		webhooks.remove(agencyId);
		redirect.addFlashAttribute("banner", agencies.get(agencyId).name() + " no longer receives webhooks");
		return "redirect:/agencies/webhooks";
	}

	private String page(UUID agencyId, Integer page, String newSecret, Map<String, String> form, FormErrors errors,
			Model model) {
		Agency agency = agencies.get(agencyId);
		int[] paging = PageOf.bounded(page, DELIVERIES_SHOWN, DELIVERIES_SHOWN, DELIVERIES_SHOWN);
		PageOf<Webhooks.Delivery> deliveries = new PageOf<>(webhooks.deliveries(agencyId, paging[0], paging[1]),
				paging[0], paging[1], webhooks.deliveryCount(agencyId));
		model.addAttribute("agency", agency);
		model.addAttribute("webhook", webhooks.of(agencyId).orElse(null));
		model.addAttribute("newSecret", newSecret);
		model.addAttribute("deliveries", deliveries.items());
		model.addAttribute("pager", Pager.of(deliveries));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "notify/webhook";
	}

	private void administrator() {
		WebhooksApi.requireAdministrator(policy);
	}

}
