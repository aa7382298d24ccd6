package org.ortakakil.budgeting.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ortakakil.budgeting.pabulib.PabulibReaderTest.CUMULATIVE;
import static org.ortakakil.budgeting.pabulib.PabulibReaderTest.TINY;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every problem a malformed .pb file can have, each reported with its line. */
class PabulibValidationTest {

	@Test
	void reportsEveryProblemOfThePabulibCheckersInvalidExample() throws Exception {
		List<PabulibProblem> problems = PabulibReader.validate(PabulibFiles.file("checker_example_invalid.pb"));

		assertThat(problems).extracting(PabulibProblem::line).containsExactly(20, 29, 29, 30);
		assertThat(problems.get(0).message()).contains("currency", "non_existing", "ISO 4217");
		assertThat(problems.get(1).message()).contains("290,67", "comma");
		assertThat(problems.get(2).message()).contains("sex", "\"X\"");
		assertThat(problems.get(3).message()).contains("sex", "\"Z\"");
		assertThatThrownBy(() -> PabulibReader.read(PabulibFiles.file("checker_example_invalid.pb")))
			.isInstanceOf(PabulibException.class)
			.hasMessageContaining("line 20: ");
	}

	@Test
	void theSmallExamplesAreValid() {
		assertThat(PabulibReader.validate(TINY)).isEmpty();
		assertThat(PabulibReader.validate(CUMULATIVE)).isEmpty();
	}

	@Test
	void missingSections() {
		assertOnly(TINY.replace("VOTES\n", ""), 17, "the file has no VOTES section");
		assertThat(PabulibReader.validate(TINY.replace("META\n", ""))).extracting(PabulibProblem::line, PabulibProblem::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "this line is outside any section: the file must start with a line reading META"),
					org.assertj.core.groups.Tuple.tuple(1, "the file has no META section (a line reading META)"));
		assertOnly(TINY.replace("PROJECTS\n", ""), 13, "the file has no PROJECTS section");
		assertOnly(TINY.replace("PROJECTS\n", "VOTES\n").replaceFirst("VOTES\n(?=voter)", "PROJECTS\n"), 14, "out of order");
		assertThat(PabulibReader.validate("")).extracting(PabulibProblem::line).containsOnly(1);
		assertOnly(TINY.substring(0, TINY.indexOf("VOTES") + 6), 14, "the VOTES section has no header line");
	}

	@Test
	void missingOrWrongHeaders() {
		assertOnly(TINY.replace("project_id;cost;name", "id;cost;name"), 10, "project_id and cost");
		assertOnly(TINY.replace("voter_id;vote;sex", "voter_id;votes;sex"), 15, "voter_id and vote");
		assertOnly(TINY.replace("key;value", "name;value"), 2, "key;value");
		assertOnly(CUMULATIVE.replace("voter_id;vote;points", "voter_id;vote;score"), 15, "no points column");
	}

	@Test
	void aRowWithTheWrongNumberOfFields() {
		assertOnly(TINY.replace("2;600;Library", "2;600;Library; and books"), 12, "has 4 fields but the header (line 10) has 3");
		assertOnly(TINY.replace("b;2;M", "b;2"), 17, "has 2 fields");
		assertOnly(TINY.replace("country;Turkey", "country;Turkey;Europe"), 4, "exactly two fields");
		assertOnly(TINY.replace("1;100;Park", "1;100;\"Park"), 11, "quoted field is not closed");
	}

	@Test
	void duplicateIds() {
		assertOnly(TINY.replace("3;500;Bus stop", "1;500;Bus stop").replace("c;3,1;", "c;1;"), 13,
				"project id 1 appears a second time (first on line 11)");
		assertOnly(TINY.replace("b;2;M", "a;2;M"), 17, "voter id a appears a second time (first on line 16)");
		assertOnly(TINY.replace("country;Turkey", "description;Again"), 4, "META key \"description\" appears a second time (first on line 3)");
	}

	@Test
	void votesNamingUnknownProjectsOrOneTwice() {
		assertOnly(TINY.replace("b;2;M", "b;2,9;M"), 17, "names project 9, which is not in the PROJECTS section");
		assertOnly(TINY.replace("b;2;M", "b;2,2;M"), 17, "names project 2 more than once");
		assertOnly(TINY.replace("b;2;M", "b;2,,3;M"), 17, "empty project id");
	}

	@Test
	void points() {
		assertOnly(CUMULATIVE.replace("a;1,2;3,2", "a;1,2;3"), 16, "lists 2 projects but 1 points");
		assertOnly(CUMULATIVE.replace("a;1,2;3,2", "a;1,2;3,-1"), 16, "negative points (-1)");
		assertOnly(CUMULATIVE.replace("a;1,2;3,2", "a;1,2;3,1.5"), 16, "\"1.5\" points; points must be whole numbers");
		assertOnly(CUMULATIVE.replace("a;1,2;3,2", "a;1,2;3,x"), 16, "whole numbers");
		assertOnly(CUMULATIVE.replace("a;1,2;3,2", "a;1,2;3,3"), 16, "6 points in total, more than max_sum_points (5)");
		assertOnly(CUMULATIVE.replace("min_sum_points;0", "min_sum_points;1"), 18, "0 points in total, fewer than min_sum_points (1)");
		String bounded = CUMULATIVE.replace("min_sum_points;0", "min_points;1\nmax_points;4");
		assertOnly(bounded.replace("a;1,2;3,2", "a;1,2;3,0").replace("b;2;5", "b;2;4"), 17, "0 points to a project, fewer than min_points (1)");
		assertThat(PabulibReader.validate(bounded)).extracting(PabulibProblem::line, PabulibProblem::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(18, "the vote of b gives 5 points to a project, more than max_points (4)"));
	}

	@Test
	void costs() {
		assertOnly(TINY.replace("1;100;Park", "1;0;Park"), 11, "cost of project 1 is zero");
		assertOnly(TINY.replace("1;100;Park", "1;-100;Park"), 11, "cost of project 1 is negative (-100)");
		assertOnly(TINY.replace("1;100;Park", "1;cheap;Park"), 11, "\"cheap\" is not a number");
		assertOnly(TINY.replace("1;100;Park", "1;100,50;Park"), 11, "comma as the decimal separator");
		assertOnly(TINY.replace("1;100;Park", "1;1000.01;Park"), 11, "(1000.01) is above the budget (1000)");
		assertThat(PabulibReader.validate(TINY.replace("1;100;Park", "1;1000;Park"))).isEmpty();
	}

	@Test
	void countsDisagreeingWithTheRows() {
		assertOnly(TINY.replace("num_votes;3", "num_votes;4"), 8, "num_votes says 4 but the file has 3 votes");
		assertOnly(TINY.replace("num_projects;3", "num_projects;2"), 7, "num_projects says 2 but the file has 3 projects");
		assertOnly(TINY.replace("num_votes;3", "num_votes;three"), 8, "num_votes must be a whole number");
	}

	@Test
	void voteTypeBudgetAndCurrency() {
		assertOnly(TINY.replace("vote_type;approval", "vote_type;veto"), 6, "vote_type \"veto\" is unknown");
		assertOnly(TINY.replace("vote_type;approval\n", ""), 1, "no vote_type");
		assertOnly(TINY.replace("budget;1000\n", ""), 1, "META has no budget");
		assertOnly(TINY.replace("budget;1000", "budget;a lot"), 5, "the budget \"a lot\" is not a number");
		assertOnly(TINY.replace("budget;1000", "budget;0").replace("1;100;", "1;100;"), 5, "budget must be more than zero");
		assertOnly(TINY.replace("country;Turkey", "currency;LIRA"), 4, "\"LIRA\" is not a known ISO 4217 code");
		assertThat(PabulibReader.validate(TINY.replace("country;Turkey", "currency;TRY"))).isEmpty();
	}

	@Test
	void sexAndVoterIds() {
		assertOnly(TINY.replace("b;2;M", "b;2;X"), 17, "sex \"X\"; it must be M, F or O");
		assertThat(PabulibReader.validate(TINY.replace("b;2;M", "b;2;O"))).isEmpty();
		assertOnly(TINY.replace("b;2;M", "b,1;2;M"), 17, "voter id \"b,1\" contains a comma");
		assertOnly(TINY.replace("b;2;M", ";2;M"), 17, "no voter_id");
	}

	@Test
	void lengthOfVotes() {
		String bounded = TINY.replace("num_votes;3", "num_votes;3\nmin_length;2\nmax_length;2");
		assertThat(PabulibReader.validate(bounded)).extracting(PabulibProblem::line, PabulibProblem::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(19, "the vote of b names 1 projects, fewer than min_length (2)"));
		assertOnly(bounded.replace("b;2;M", "b;2,3,1;M"), 19, "the vote of b names 3 projects, more than max_length (2)");
	}

	@Test
	void costOfVotes() {
		String bounded = TINY.replace("num_votes;3", "num_votes;3\nmax_sum_cost;650");
		assertOnly(bounded, 17, "the vote of a costs 700 in total, more than max_sum_cost (650)");
	}

	@Test
	void reportsEveryProblemAtOnceInLineOrder() {
		String bad = TINY.replace("budget;1000", "budget;1000,5").replace("2;600;Library", "2;0;Library").replace("b;2;M", "b;7;M");
		assertThat(PabulibReader.validate(bad)).extracting(PabulibProblem::line).containsExactly(5, 12, 17);
		assertThatThrownBy(() -> PabulibReader.read(bad)).isInstanceOf(PabulibException.class)
			.satisfies(e -> assertThat(((PabulibException) e).problems()).hasSize(3));
	}

	@Test
	void textThatIsNotUtf8NamesItsLine() {
		byte[] latin1 = TINY.replace("Bus stop", "Otobüs durağı").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> PabulibReader.read(new java.io.ByteArrayInputStream(latin1)))
			.isInstanceOf(PabulibException.class)
			.satisfies(e -> assertThat(((PabulibException) e).problems()).extracting(PabulibProblem::line).containsExactly(13));
	}

	private static void assertOnly(String text, int line, String messagePart) {
		List<PabulibProblem> problems = PabulibReader.validate(text);
		assertThat(problems).as("problems of%n%s", text).hasSize(1);
		assertThat(problems.get(0).line()).as(problems.get(0).toString()).isEqualTo(line);
		assertThat(problems.get(0).message()).contains(messagePart);
	}
}
