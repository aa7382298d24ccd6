package org.ortakakil.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.ortakakil.OrtakAkilApplication;
import org.ortakakil.budgeting.BudgetStage;
import org.ortakakil.budgeting.internal.BudgetDraft;
import org.ortakakil.budgeting.internal.IdeaDraft;
import org.ortakakil.budgeting.internal.PbAdministration;
import org.ortakakil.budgeting.internal.PbSettings;
import org.ortakakil.budgeting.results.Computation;
import org.ortakakil.budgeting.results.ResultStore;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.ortakakil.spaces.internal.ProcessDraft;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: a budget with {@code BALLOTS} ballots (default 1,000,000) over {@code PROJECTS} projects (default
 * 20), seeded with one set-based INSERT, voting closed, and timed: the whole computation of results (the
 * official rule and the compared ones, with explanations and metrics), each rule's own time, and the results
 * page's time over many requests (p50, p95, p99; client-side on localhost, so an upper bound of the server's).
 * Starts the application on an in-memory H2 database. Run after {@code mvn -o -q test-compile} and
 * {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * {@code java -Xmx6g -cp target/classes:target/test-classes:$(cat cp.txt) org.ortakakil.bench.ResultsBenchmark [BALLOTS] [PROJECTS]}.
 */
public final class ResultsBenchmark {

	private ResultsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int ballots = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int projectCount = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int port = 18_090;
		ConfigurableApplicationContext app = SpringApplication.run(OrtakAkilApplication.class, "--server.port=" + port,
				"--spring.datasource.url=jdbc:h2:mem:results-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--ortakakil.identity.census-secret=results-bench-secret-only", "--logging.level.root=WARN");
		try {
			run(app, ballots, projectCount, port);
		}
		finally {
			app.close();
		}
	}

	static void run(ConfigurableApplicationContext app, int ballots, int projectCount, int port) throws Exception {
		Actor actor = new Actor("bench", "127.0.0.1");
		long process = app.getBean(ProcessAdministration.class).createProcess(new ProcessDraft(new Slug("bench-results"),
				LocalizedText.of("Bench"), null, ScopeType.CITY, Set.of(), null), Actor.SYSTEM);
		PbAdministration administration = app.getBean(PbAdministration.class);
		long pb = administration.create(process, PbSettings.defaults(), actor);
		long budget = administration.addBudget(pb, BudgetDraft.knapsack(LocalizedText.of("Kent geneli"), List.of(),
				new BigDecimal(projectCount * 250_000L)), actor);
		List<Long> projects = new ArrayList<>();
		java.util.Random random = new java.util.Random(2050);
		for (int p = 0; p < projectCount; p++) {
			IdeaDraft idea = new IdeaDraft("Proje " + p, "Açıklama", "tr", "other", 1421, null, null,
					40.95 + random.nextDouble() * 0.08, 29.0 + random.nextDouble() * 0.1, null);
			projects.add(administration.addProject(budget, idea, new BigDecimal(50_000 + random.nextInt(900_000)), actor));
		}
		administration.moveTo(pb, BudgetStage.VOTING, actor);

		// a ballot approves 1 to 4 consecutive projects from a start that favours low indexes (popular projects)
		StringBuilder id = new StringBuilder("CASE MOD(k, ").append(projectCount).append(")");
		for (int p = 0; p < projectCount; p++) {
			id.append(" WHEN ").append(p).append(" THEN '").append(projects.get(p)).append("'");
		}
		id.append(" END");
		String start = "MOD(# * # + MOD(#, 7), " + projectCount + ")";
		StringBuilder list = new StringBuilder();
		for (int j = 0; j < 4; j++) {
			String one = id.toString().replace("k", "(" + start + " + " + j + ")");
			list.append(j == 0 ? one : " || CASE WHEN MOD(#, 4) >= " + j + " THEN ',' || " + one + " ELSE '' END");
		}
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		// SYSTEM_RANGE's column is an upper-case X, and names are lower-cased unless quoted
		long t0 = System.nanoTime();
		jdbc.sql(("INSERT INTO pb_ballot (ballot_key, budget_id, receipt_hash, channel, projects) "
				+ "SELECT LPAD(CAST(# AS VARCHAR), 32, '0'), " + budget + ", RAWTOHEX(HASH('SHA-256', CAST(# AS VARCHAR))), "
				+ "CASE WHEN MOD(#, 10) = 0 THEN 'PAPER' WHEN MOD(#, 10) = 1 THEN 'OFFICE' ELSE 'WEB' END, " + list
				+ " FROM SYSTEM_RANGE(1, " + ballots + ")").replace("#", "\"X\"")).update();
		System.out.printf("seeded %,d ballots in %d s%n", ballots, (System.nanoTime() - t0) / 1_000_000_000);

		ResultStore results = app.getBean(ResultStore.class);
		long t1 = System.nanoTime();
		administration.moveTo(pb, BudgetStage.RESULTS, actor);
		Computation done;
		do {
			Thread.sleep(50);
			done = results.latest(pb).orElseThrow();
		}
		while (done.running());
		System.out.printf("computation %s: %.1f s from closing the vote (load, %d rules, explanations, storing)%n",
				done.state(), (System.nanoTime() - t1) / 1e9, results.results(done.id(), budget).size());
		results.results(done.id(), budget).forEach(r -> System.out.printf("  %-22s %-6s %6d ms  %d projects%n", r.rule(),
				r.status(), r.elapsedMs(), r.selected().size()));

		HttpClient http = HttpClient.newHttpClient();
		URI page = URI.create("http://localhost:" + port + "/budgets/" + pb + "/results/" + budget);
		for (int i = 0; i < 200; i++) {
			http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding());
		}
		int runs = 1000;
		long[] times = new long[runs];
		int status = 0;
		for (int i = 0; i < runs; i++) {
			long s = System.nanoTime();
			status = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
			times[i] = System.nanoTime() - s;
		}
		Arrays.sort(times);
		System.out.printf("results page (status %d) over %d requests: p50 %.1f ms  p95 %.1f ms  p99 %.1f ms%n", status,
				runs, times[runs / 2] / 1e6, times[runs * 95 / 100] / 1e6, times[runs * 99 / 100] / 1e6);
	}
}
