package org.fullpicture.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 spoken by hand to the running server, so a test can send what well-behaved
 * clients refuse to: broken percent-encoding, raw bytes in headers, a body longer than it
 * claims, a body without a length.
 */
public final class RawHttp {

	public record Response(int status, String head, String body) {

		public String header(String name) {
			for (String line : head.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
					return line.substring(colon + 1).strip();
				}
			}
			return null;
		}

		public String contentType() {
			String type = header("Content-Type");
			return type == null ? "" : type.toLowerCase(Locale.ROOT);
		}

	}

	private RawHttp() {
	}

	/**
	 * Sends {@code head} (request line and headers, without the blank line) and
	 * {@code body} as bytes.
	 */
	public static Response send(int port, String head, byte[] body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(
					(head + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			try {
				out.write(body);
				out.flush();
			}
			catch (IOException closedEarly) {
				// the server may answer and close before reading a refused body: its
				// answer is still there to read
			}
			return read(socket.getInputStream());
		}
	}

	public static Response send(int port, String head, String body) throws IOException {
		return send(port, head, body.getBytes(StandardCharsets.UTF_8));
	}

	private static Response read(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		try {
			in.transferTo(all);
		}
		catch (IOException reset) {
			// a connection reset after the answer: keep what arrived
		}
		String text = all.toString(StandardCharsets.ISO_8859_1); // a char per byte, so
																	// chunk sizes count
																	// right
		int end = text.indexOf("\r\n\r\n");
		String head = end < 0 ? text : text.substring(0, end);
		String body = end < 0 ? "" : text.substring(end + 4);
		if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
			body = unchunk(body);
		}
		body = new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
		int status = head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
		return new Response(status, head, body);
	}

	private static String unchunk(String chunked) {
		StringBuilder body = new StringBuilder();
		int at = 0;
		while (at < chunked.length()) {
			int lineEnd = chunked.indexOf("\r\n", at);
			if (lineEnd < 0) {
				break;
			}
			int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
			if (size == 0) {
				break;
			}
			body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
			at = lineEnd + 2 + size + 2;
		}
		return body.toString();
	}

}
