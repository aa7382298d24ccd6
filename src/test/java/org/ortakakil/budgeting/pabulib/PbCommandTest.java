package org.ortakakil.budgeting.pabulib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code pb compute} command, run in-process. */
class PbCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return PbCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void computesGreedyOnKamionekInExactlyThreeLines() {
		int status = run("pb", "compute", PabulibFiles.file("Poland_Warszawa_2019_Kamionek.pb").toString(), "--rule", "greedy");

		assertThat(status).as(err()).isZero();
		String[] lines = out().split("\n", -1);
		assertThat(lines).hasSize(4);
		assertThat(lines[3]).isEmpty();
		assertThat(lines[0]).isEqualTo("selected: 442,602,664,667,1029,2246");
		assertThat(lines[1]).matches("cost: [0-9]+(\\.[0-9]+)?");
		assertThat(lines[2]).matches("time_ms: [0-9]+");
		assertThat(err()).isEmpty();
	}

	@Test
	void usesTheFilesOwnRuleByDefault() {
		int status = run("pb", "compute", PabulibFiles.file("Poland_Warszawa_2022_Rembertow.pb").toString(), "--increment=1");

		assertThat(status).as(err()).isZero();
		// the city's selection (README, sorted by id), printed in the order of the PROJECTS section
		String selected = out().lines().findFirst().orElseThrow();
		assertThat(selected).isEqualTo("selected: 129,2107,1350,131,1266,875,1191,817,783,127,358,1291");
		assertThat(selected.substring("selected: ".length()).split(","))
			.containsExactlyInAnyOrder("127,129,131,358,783,817,875,1191,1266,1291,1350,2107".split(","));
	}

	@Test
	void aMalformedFileExitsWithTwoNamingTheLines() {
		int status = run("pb", "compute", PabulibFiles.file("checker_example_invalid.pb").toString());

		assertThat(status).isEqualTo(2);
		assertThat(out()).isEmpty();
		assertThat(err()).contains("line 20: ", "non_existing", "line 29: ", "line 30: ");
	}

	@Test
	void anUnknownRuleOrBadUsageExitsWith64() {
		assertThat(run("pb")).isEqualTo(64);
		assertThat(run("pb", "compute")).isEqualTo(64);
		assertThat(run("pb", "solve", "x.pb")).isEqualTo(64);
		String kamionek = PabulibFiles.file("Poland_Warszawa_2019_Kamionek.pb").toString();
		assertThat(run("pb", "compute", kamionek, "--rule")).isEqualTo(64);
		assertThat(run("pb", "compute", kamionek, "--increment", "0")).isEqualTo(64);
		assertThat(run("pb", "compute", kamionek, "--increment", "x")).isEqualTo(64);
		assertThat(run("pb", "compute", kamionek, "--colour", "red")).isEqualTo(64);
		assertThat(run("pb", "compute", kamionek, "--rule", "dictator")).isEqualTo(64);
		assertThat(out()).isEmpty();
		assertThat(err()).contains("usage: pb compute FILE.pb [--rule RULE] [--increment N]", "dictator");
	}

	@Test
	void aMissingFileExitsWith66() {
		assertThat(run("pb", "compute", "/nonexistent/file.pb")).isEqualTo(66);
		assertThat(err()).contains("/nonexistent/file.pb");
	}

	@Test
	void aFileWithoutARuleNeedsOne(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("tiny.pb");
		Files.writeString(file, PabulibReaderTest.TINY);

		assertThat(run("pb", "compute", file.toString())).isEqualTo(64);
		assertThat(run("pb", "compute", file.toString(), "--rule", "greedy")).isZero();
		assertThat(out()).startsWith("selected: 1,2\ncost: 700\ntime_ms: ");
	}
}
