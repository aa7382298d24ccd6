package org.ortakakil.budgeting.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ortakakil.budgeting.model.Ballot;
import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.model.Project;
import org.ortakakil.budgeting.model.VoteType;

class PabulibReaderTest {

	@ParameterizedTest
	@CsvSource({
		"Netherlands_Assen_2024.pb, 84, 14, 100000, equalshares/add1",
		"Poland_Warszawa_2019_Kamionek.pb, 669, 7, 322239.55, greedy",
		"Poland_Warszawa_2022_Rembertow.pb, 1288, 66, 935751, greedy",
		"Poland_Wieliczka_2023_Green_Budget.pb, 6586, 64, 1000000, equalshares/add1-comparison" })
	void readsTheRealFiles(String name, int voters, int projects, String budget, String rule) throws Exception {
		Election election = PabulibReader.read(PabulibFiles.file(name));

		assertThat(election.ballots()).hasSize(voters);
		assertThat(election.projects()).hasSize(projects);
		assertThat(election.budget()).isEqualTo(new BigDecimal(budget));
		assertThat(election.budget().toPlainString()).isEqualTo(budget);
		assertThat(election.voteType()).isEqualTo(VoteType.APPROVAL);
		assertThat(election.meta()).containsEntry("rule", rule);
		assertThat(election.projects()).extracting(Project::position).containsExactlyElementsOf(
				java.util.stream.IntStream.range(0, projects).boxed().toList());
		assertThat(PabulibReader.validate(PabulibFiles.file(name))).isEmpty();
	}

	@Test
	void keepsEveryColumnAndTheFileOrder() throws Exception {
		Election kamionek = PabulibReader.read(PabulibFiles.file("Poland_Warszawa_2019_Kamionek.pb"));

		assertThat(kamionek.meta()).containsEntry("currency", "PLN").containsEntry("max_sum_cost", "322239.55")
			.containsEntry("num_votes", "669");
		Project first = kamionek.projects().get(0);
		assertThat(first.position()).isZero();
		assertThat(first.fields()).containsKeys("name", "votes", "selected").doesNotContainKeys("project_id", "cost");
		Ballot ballot = kamionek.ballots().get(0);
		assertThat(ballot.fields()).containsKeys("age", "sex", "voting_method").doesNotContainKeys("voter_id", "vote");
		assertThat(ballot.points()).isEmpty();
		assertThat(ballot.projectIds()).isNotEmpty();
	}

	@Test
	void quotedFieldsMayHoldSemicolonsAndDoubledQuotes() throws Exception {
		Election wieliczka = PabulibReader.read(PabulibFiles.file("Poland_Wieliczka_2023_Green_Budget.pb"));

		assertThat(wieliczka.projects()).filteredOn(p -> p.id().equals("80")).singleElement()
			.satisfies(p -> assertThat(p.fields().get("name"))
				.isEqualTo("Drzewne przytulasy i relaksacyjne gniazda w Parku \"Stok pod Baranem\""));

		Election inline = PabulibReader.read(TINY.replace("1;100;Park", "1;100;\"Park; with \"\"bench\"\"\""));
		assertThat(inline.projects().get(0).fields()).containsEntry("name", "Park; with \"bench\"");
	}

	@Test
	void readsWithOrWithoutByteOrderMarkAndAnyLineEnds() throws Exception {
		Election lf = PabulibReader.read(TINY);
		Election crlf = PabulibReader.read(TINY.replace("\n", "\r\n"));
		Election cr = PabulibReader.read(TINY.replace("\n", "\r"));
		byte[] bom = ("\uFEFF" + TINY.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
		Election withBom = PabulibReader.read(new ByteArrayInputStream(bom));

		assertThat(List.of(crlf, cr, withBom)).allSatisfy(e -> assertThat(e).isEqualTo(lf));
		assertThat(lf.meta()).containsKey("description");
	}

	@Test
	void costsAndBudgetAreExactDecimals() {
		Election election = PabulibReader.read(TINY.replace("budget;1000", "budget;322239.55").replace("1;100;", "1;0.10;"));

		assertThat(election.budget()).isEqualTo(new BigDecimal("322239.55"));
		assertThat(election.projects().get(0).cost()).isEqualTo(new BigDecimal("0.10"));
	}

	@Test
	void readsPointsOfCumulativeVotes() {
		Election election = PabulibReader.read(CUMULATIVE);

		assertThat(election.voteType()).isEqualTo(VoteType.CUMULATIVE);
		assertThat(election.ballots().get(0).projectIds()).containsExactly("1", "2");
		assertThat(election.ballots().get(0).points()).containsExactly(3, 2);
		assertThat(election.ballots().get(2).projectIds()).isEmpty();
	}

	@Test
	void refusesACommaAsDecimalSeparator() {
		assertThatThrownBy(() -> PabulibReader.read(TINY.replace("budget;1000", "budget;1000,50")))
			.isInstanceOf(PabulibException.class)
			.satisfies(e -> assertThat(((PabulibException) e).problems()).singleElement()
				.isEqualTo(new PabulibProblem(5, "the budget \"1000,50\" uses a comma as the decimal separator; only a point is allowed (write 1000.50)")));
	}

	/** A small valid approval file; line numbers: META 1, header 2, rows 3-8, PROJECTS 9, header 10, rows 11-13, VOTES 14, header 15, rows 16-18. */
	static final String TINY = """
			META
			key;value
			description;Tiny
			country;Turkey
			budget;1000
			vote_type;approval
			num_projects;3
			num_votes;3
			PROJECTS
			project_id;cost;name
			1;100;Park
			2;600;Library
			3;500;Bus stop
			VOTES
			voter_id;vote;sex
			a;1,2;F
			b;2;M
			c;3,1;
			""";

	/** A small valid cumulative file; META 1-9, PROJECTS 10, header 11, rows 12-13, VOTES 14, header 15, rows 16-18. */
	static final String CUMULATIVE = """
			META
			key;value
			budget;1000
			vote_type;cumulative
			currency;TRY
			min_sum_points;0
			max_sum_points;5
			num_projects;2
			num_votes;3
			PROJECTS
			project_id;cost
			1;100
			2;600
			VOTES
			voter_id;vote;points
			a;1,2;3,2
			b;2;5
			c;;
			""";
}
