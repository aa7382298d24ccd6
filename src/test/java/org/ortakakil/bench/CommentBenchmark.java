package org.ortakakil.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Arrays;

import org.ortakakil.OrtakAkilApplication;
import org.ortakakil.comments.CommentThreads;
import org.ortakakil.comments.TestThings;
import org.ortakakil.comments.internal.CommentGenerator;
import org.ortakakil.shared.ResourceRef;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: {@code COMMENTS} comments (default 1,000,000) on {@code TARGETS} targets (default 100,000) seeded
 * with set-based SQL, plus one thread of 10,000 comments and one of 10, then the first page of each timed: in
 * the server ({@code CommentThreads.firstPage}, the queries and the tree) and as the whole page over HTTP
 * (client-side on localhost, so an upper bound of the server's time); p50, p95, p99 over 1,000 requests.
 * Starts the application on an in-memory H2 database, or on PostgreSQL when given a JDBC address. Run after
 * {@code mvn -o -q test-compile} and {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * {@code java -Xmx4g -cp target/classes:target/test-classes:$(cat cp.txt) org.ortakakil.bench.CommentBenchmark [COMMENTS] [TARGETS] [JDBC-URL]}.
 */
public final class CommentBenchmark {

	private CommentBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int comments = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int targets = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		String url = args.length > 2 ? args[2]
				: "jdbc:h2:mem:comments-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		int port = 18_092;
		ConfigurableApplicationContext app = SpringApplication.run(OrtakAkilApplication.class, "--server.port=" + port,
				"--spring.datasource.url=" + url, "--ortakakil.identity.census-secret=comments-bench-secret-only",
				"--logging.level.root=WARN");
		try {
			run(app, comments, targets, port);
		}
		finally {
			app.close();
		}
	}

	static void run(ConfigurableApplicationContext app, int comments, int targets, int port) throws Exception {
		CommentGenerator generator = app.getBean(CommentGenerator.class);
		long base = 1_000_000_000L + System.currentTimeMillis() % 1_000_000_000L;
		OffsetDateTime from = OffsetDateTime.parse("2026-01-01T00:00:00Z");
		long t0 = System.nanoTime();
		generator.seed(TestThings.TYPE, base, targets, comments, from);
		long big = base + targets;
		long small = big + 1;
		generator.seed(TestThings.TYPE, big, 1, 10_000, from);
		generator.seed(TestThings.TYPE, small, 1, 10, from);
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		System.out.printf("seeded %,d comments (%,d stored in all) in %.1f s%n", comments + 10_010,
				jdbc.sql("SELECT COUNT(*) FROM comment").query(Long.class).single(), (System.nanoTime() - t0) / 1e9);

		CommentThreads threads = app.getBean(CommentThreads.class);
		HttpClient http = HttpClient.newHttpClient();
		for (long id : new long[] { big, small }) {
			ResourceRef target = ResourceRef.of(TestThings.TYPE, id);
			long count = threads.firstPage(target, null).count();
			int runs = 1000;
			for (int i = 0; i < 300; i++) {
				threads.firstPage(target, "bench1");
			}
			long[] server = new long[runs];
			for (int i = 0; i < runs; i++) {
				long s = System.nanoTime();
				threads.firstPage(target, "bench" + (i % 50));
				server[i] = System.nanoTime() - s;
			}
			URI page = URI.create("http://localhost:" + port + "/comments?target=" + target);
			for (int i = 0; i < 200; i++) {
				http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding());
			}
			long[] client = new long[runs];
			int status = 0;
			int size = 0;
			for (int i = 0; i < runs; i++) {
				long s = System.nanoTime();
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(page).build(),
						HttpResponse.BodyHandlers.ofString());
				client[i] = System.nanoTime() - s;
				status = response.statusCode();
				size = response.body().length();
			}
			System.out.printf("thread of %,d comments: firstPage in the server p50 %.2f ms  p95 %.2f ms  p99 %.2f ms;"
					+ " whole page over HTTP (status %d, %,d chars) p50 %.1f ms  p95 %.1f ms  p99 %.1f ms%n", count,
					p(server, 50), p(server, 95), p(server, 99), status, size, p(client, 50), p(client, 95), p(client, 99));
		}
	}

	static double p(long[] times, int percentile) {
		long[] sorted = times.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
	}
}
