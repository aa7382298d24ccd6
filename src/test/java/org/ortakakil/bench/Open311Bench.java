package org.ortakakil.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP load loop for bench/open311.sh and bench/intake.sh (not a test; run as a single source
 * file: {@code java src/test/java/org/ortakakil/bench/Open311Bench.java ...}). Sends {@code count} calls
 * from {@code clients} threads, each waiting for its answer before sending the next, after
 * {@code warmup} calls that are not measured; prints the latency percentiles and the throughput.
 * <ul>
 * <li>{@code get <base> <count> <clients> <warmup> <path-with-{district}> <slug,slug,...>}: GETs, the
 * district taken in turn from the list;</li>
 * <li>{@code post <base> <count> <clients> <warmup> <api-key>}: Open311 POST requests.json of a broken
 * street light at points in turn across both sides of the city.</li>
 * </ul>
 */
public final class Open311Bench {

	private static final double[][] POINTS = { { 41.0082, 28.9784 }, { 40.9903, 29.0290 }, { 41.0602, 28.9877 },
			{ 41.0256, 29.0153 }, { 40.9923, 28.8966 }, { 41.0430, 29.0070 }, { 40.8782, 29.2340 },
			{ 41.0422, 28.8662 } };

	private Open311Bench() {
	}

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		String base = args[1];
		int count = Integer.parseInt(args[2]);
		int clients = Integer.parseInt(args[3]);
		int warmup = Integer.parseInt(args[4]);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		AtomicInteger sequence = new AtomicInteger();
		Call call;
		if (mode.equals("get")) {
			String path = args[5];
			List<String> districts = Arrays.asList(args[6].split(","));
			call = n -> HttpRequest.newBuilder(URI.create(base + path.replace("{district}",
					districts.get(n % districts.size())))).GET().build();
		}
		else {
			String key = args[5];
			call = n -> {
				double[] point = POINTS[n % POINTS.length];
				String form = "api_key=" + enc(key) + "&service_code=sokak-lambasi-yanmiyor"
						+ String.format(Locale.ROOT, "&lat=%.5f&long=%.5f", point[0] + (n % 97) / 100000.0,
								point[1] + (n % 89) / 100000.0)
						+ "&description=" + enc("Bench lamba " + n) + "&" + enc("attribute[LIGHTS_OUT]") + "=2";
				return HttpRequest.newBuilder(URI.create(base + "/open311/v2/requests.json"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form)).build();
			};
		}
		run(http, call, warmup, clients, sequence);
		long started = System.nanoTime();
		long[] latencies = run(http, call, count, clients, sequence);
		double seconds = (System.nanoTime() - started) / 1e9;
		Arrays.sort(latencies);
		System.out.printf(Locale.ROOT,
				"%s: %d calls, %d clients, %.1f s: %.0f calls/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; failed %d%n",
				mode, count, clients, seconds, count / seconds, ms(latencies, 0.50), ms(latencies, 0.95),
				ms(latencies, 0.99), latencies[latencies.length - 1] / 1e6, FAILED.get());
	}

	interface Call {
		HttpRequest request(int n);
	}

	private static final AtomicInteger FAILED = new AtomicInteger();

	private static long[] run(HttpClient http, Call call, int count, int clients, AtomicInteger sequence)
			throws Exception {
		long[] latencies = new long[count];
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> workers = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			workers.add(pool.submit(() -> {
				int i;
				while ((i = next.getAndIncrement()) < count) {
					HttpRequest request = call.request(sequence.getAndIncrement());
					long began = System.nanoTime();
					try {
						HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
						if (response.statusCode() != 200) {
							if (FAILED.incrementAndGet() == 1) {
								System.err.println(response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
							}
						}
					}
					catch (Exception e) {
						FAILED.incrementAndGet();
					}
					latencies[i] = System.nanoTime() - began;
				}
				return null;
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		pool.shutdown();
		return latencies;
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
