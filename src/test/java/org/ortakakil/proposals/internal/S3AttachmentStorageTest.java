package org.ortakakil.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The S3 store against a small in-memory S3 (path-style PUT, GET, DELETE) on a random local port. */
class S3AttachmentStorageTest {

	record Request(String method, String path, String authorization) {
	}

	HttpServer server;
	final Map<String, byte[]> objects = new ConcurrentHashMap<>();
	final List<Request> requests = new CopyOnWriteArrayList<>();
	S3AttachmentStorage storage;

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", this::handle);
		server.start();
		storage = new S3AttachmentStorage(new AttachmentStorageProperties.S3(
				"http://127.0.0.1:" + server.getAddress().getPort(), "us-east-1", "attachments", "test-access",
				"test-secret", true, "/ortakakil/"));
	}

	@AfterEach
	void stop() {
		storage.close();
		server.stop(0);
	}

	@Test
	void storesReadsAndDeletes() throws IOException {
		byte[] pdf = "%PDF-1.7 a scanned paper form\n".repeat(1000).getBytes(StandardCharsets.UTF_8);

		storage.put("p/7/abc-123", new ByteArrayInputStream(pdf));
		assertThat(objects).containsOnlyKeys("/attachments/ortakakil/p/7/abc-123");
		try (InputStream in = storage.open("p/7/abc-123")) {
			assertThat(in.readAllBytes()).isEqualTo(pdf);
		}

		storage.delete("p/7/abc-123");
		assertThat(objects).isEmpty();
		assertThatThrownBy(() -> storage.open("p/7/abc-123")).isInstanceOf(IOException.class);

		assertThat(requests).extracting(Request::method).containsExactly("PUT", "GET", "DELETE", "GET");
		assertThat(requests).allSatisfy(r -> {
			assertThat(r.path()).isEqualTo("/attachments/ortakakil/p/7/abc-123");
			assertThat(r.authorization()).startsWith("AWS4-HMAC-SHA256 Credential=test-access/")
				.contains("/us-east-1/s3/aws4_request");
		});
	}

	@Test
	void deletingAMissingObjectIsNoError() throws IOException {
		storage.delete("p/7/missing");

		assertThat(requests).extracting(Request::method).containsExactly("DELETE");
	}

	@Test
	void openingAMissingObjectIsAnIOException() {
		assertThatThrownBy(() -> storage.open("p/7/missing")).isInstanceOf(IOException.class);
	}

	@Test
	void refusesMoreThanTheAttachmentLimitBeforeSending() {
		InputStream tooLarge = new ByteArrayInputStream(new byte[(int) Attachments.MAX_BYTES + 1]);

		assertThatThrownBy(() -> storage.put("p/7/large", tooLarge)).isInstanceOf(IOException.class);
		assertThat(requests).isEmpty();
	}

	@Test
	void refusesKeysOutsideTheAttachmentPattern() {
		assertThatThrownBy(() -> storage.open("../other-bucket/x")).isInstanceOf(IllegalArgumentException.class);
		assertThat(requests).isEmpty();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String method = exchange.getRequestMethod();
		requests.add(new Request(method, path, exchange.getRequestHeaders().getFirst("Authorization")));
		byte[] body = exchange.getRequestBody().readAllBytes();
		switch (method) {
			case "PUT" -> {
				objects.put(path, decode(exchange, body));
				exchange.getResponseHeaders().add("ETag", "\"1\"");
				exchange.sendResponseHeaders(200, -1);
			}
			case "GET" -> {
				byte[] object = objects.get(path);
				if (object == null) {
					noSuchKey(exchange, path);
				}
				else {
					exchange.sendResponseHeaders(200, object.length);
					exchange.getResponseBody().write(object);
				}
			}
			// AWS answers 204 for a missing key too; some S3-compatible stores answer NoSuchKey, the harder case
			case "DELETE" -> {
				if (objects.remove(path) == null) {
					noSuchKey(exchange, path);
				}
				else {
					exchange.sendResponseHeaders(204, -1);
				}
			}
			default -> exchange.sendResponseHeaders(405, -1);
		}
		exchange.close();
	}

	private static void noSuchKey(HttpExchange exchange, String path) throws IOException {
		byte[] error = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code>"
				+ "<Message>The specified key does not exist.</Message><Key>" + path + "</Key>"
				+ "<RequestId>1</RequestId></Error>").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/xml");
		exchange.sendResponseHeaders(404, error.length);
		exchange.getResponseBody().write(error);
	}

	// a body the SDK sent in signed chunks (aws-chunked: hex size;chunk-signature=..., CRLF, bytes, CRLF) or plain
	private static byte[] decode(HttpExchange exchange, byte[] body) {
		String sha = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
		if (sha == null || !sha.startsWith("STREAMING-")) {
			return body;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int at = 0;
		while (true) {
			int lineEnd = indexOfCrlf(body, at);
			String header = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII);
			int size = Integer.parseInt(header.split(";")[0], 16);
			if (size == 0) {
				return out.toByteArray();
			}
			out.write(body, lineEnd + 2, size);
			at = lineEnd + 2 + size + 2;
		}
	}

	private static int indexOfCrlf(byte[] b, int from) {
		for (int i = from; i < b.length - 1; i++) {
			if (b[i] == '\r' && b[i + 1] == '\n') {
				return i;
			}
		}
		throw new IllegalStateException("no chunk header");
	}
}
