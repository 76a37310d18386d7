package org.fullpicture.notify.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * An agency's system receiving webhooks, on the JDK's own HTTP server: records each
 * delivery, or is "down" (503).
 */
class WebhookReceiver implements AutoCloseable {

	record Received(String deliveryId, String timestamp, String signature, String body) {
	}

	final List<Received> received = new CopyOnWriteArrayList<>();

	/** What a receiver that de-duplicates on the delivery id keeps. */
	final Set<String> deliveryIds = ConcurrentHashMap.newKeySet();

	volatile boolean down;

	/** Run once, while the first delivery is being received: a slow receiver. */
	volatile Runnable whileReceivingFirst;

	private final HttpServer server;

	WebhookReceiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hooks", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			if (down) {
				exchange.sendResponseHeaders(503, -1);
				exchange.close();
				return;
			}
			Runnable slow = whileReceivingFirst;
			whileReceivingFirst = null;
			if (slow != null) {
				slow.run();
			}
			String id = exchange.getRequestHeaders().getFirst(WebhookSender.ID_HEADER);
			received.add(new Received(id, exchange.getRequestHeaders().getFirst(WebhookSender.TIMESTAMP_HEADER),
					exchange.getRequestHeaders().getFirst(WebhookSender.SIGNATURE_HEADER),
					new String(body, StandardCharsets.UTF_8)));
			deliveryIds.add(id);
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
