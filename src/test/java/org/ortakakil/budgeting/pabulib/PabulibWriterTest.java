package org.ortakakil.budgeting.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ortakakil.budgeting.model.Ballot;
import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.model.Project;
import org.ortakakil.budgeting.model.VoteType;

class PabulibWriterTest {

	@ParameterizedTest
	@ValueSource(strings = { "Netherlands_Assen_2024.pb", "Poland_Warszawa_2019_Kamionek.pb",
			"Poland_Warszawa_2022_Rembertow.pb", "Poland_Wieliczka_2023_Green_Budget.pb" })
	void theRealFilesComeBackEqual(String name, @TempDir Path dir) throws Exception {
		Election read = PabulibReader.read(PabulibFiles.file(name));
		Path written = dir.resolve(name);

		PabulibWriter.write(read, written);

		assertThat(PabulibReader.validate(written)).isEmpty();
		assertThat(PabulibReader.read(written)).isEqualTo(read);
		assertThat(PabulibWriter.toText(PabulibReader.read(written))).isEqualTo(Files.readString(written));
	}

	@Test
	void aCumulativeVoteWithEmptyBallotsComesBackEqual() {
		Election read = PabulibReader.read(PabulibReaderTest.CUMULATIVE);

		String text = PabulibWriter.toText(read);

		assertThat(text).contains("voter_id;vote;points\n", "a;1,2;3,2\n", "c;;\n");
		assertThat(PabulibReader.read(text)).isEqualTo(read);
	}

	@Test
	void quotesFieldsWithSemicolonsOrQuotes() {
		assertThat(PabulibWriter.quote("Park")).isEqualTo("Park");
		assertThat(PabulibWriter.quote("Park; with bench")).isEqualTo("\"Park; with bench\"");
		assertThat(PabulibWriter.quote("Park \"Stok\"")).isEqualTo("\"Park \"\"Stok\"\"\"");
		assertThat(PabulibWriter.quote(" padded ")).isEqualTo("\" padded \"");
		assertThat(PabulibWriter.quote("")).isEmpty();
		assertThatThrownBy(() -> PabulibWriter.quote("two\nlines")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void writesAnElementBuiltInMemory() {
		Election election = new Election(new BigDecimal("1500.50"), VoteType.APPROVAL,
				List.of(new Project("p1", new BigDecimal("700.25"), 0, Map.of("name", "Bench; \"green\"")),
						new Project("p2", new BigDecimal("800"), 1, Map.of("name", "Lamp"))),
				List.of(new Ballot("v1", List.of("p2", "p1"), List.of(), Map.of()), new Ballot("v2", List.of(), List.of(), Map.of())),
				Map.of("description", "Kadıköy 2026; district", "currency", "TRY"));

		String text = PabulibWriter.toText(election);

		assertThat(text).startsWith("META\nkey;value\ndescription;\"Kadıköy 2026; district\"\nnum_projects;2\nnum_votes;2\nbudget;1500.50\nvote_type;approval\ncurrency;TRY\n");
		assertThat(text).contains("PROJECTS\nproject_id;cost;name\np1;700.25;\"Bench; \"\"green\"\"\"\np2;800;Lamp\n",
				"VOTES\nvoter_id;vote\nv1;p2,p1\nv2;\n");
		Election back = PabulibReader.read(text);
		assertThat(back.projects()).isEqualTo(election.projects());
		assertThat(back.ballots()).isEqualTo(election.ballots());
		assertThat(back.budget()).isEqualTo(election.budget());
		assertThat(back.meta()).containsEntry("description", "Kadıköy 2026; district").containsEntry("num_votes", "2");
	}
}
