package org.ortakakil.budgeting.pabulib;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.ortakakil.budgeting.model.Ballot;
import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.model.Project;
import org.ortakakil.budgeting.model.VoteType;

/**
 * Reads a Pabulib {@code .pb} file (pabulib.org's format: META, PROJECTS and VOTES sections, each a
 * header line then {@code ;}-separated rows, fields optionally quoted with double quotes) into an
 * {@link Election}, and checks it: every problem found is reported with its 1-based line in the file.
 * UTF-8 with or without a byte-order mark; CRLF, LF or mixed line ends. Costs and the budget are parsed
 * exactly from their text; only {@code .} is accepted as the decimal separator.
 */
public final class PabulibReader {

	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
	private static final Pattern DECIMAL_COMMA = Pattern.compile("-?[0-9]+,[0-9]+");
	private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
	private static final Set<String> SEXES = Set.of("M", "F", "O");
	private static final List<String> INTEGER_META = List.of("num_projects", "num_votes", "min_length", "max_length",
			"min_sum_points", "max_sum_points", "min_points", "max_points");
	private static final List<String> DECIMAL_META = List.of("min_sum_cost", "max_sum_cost");

	private PabulibReader() {
	}

	/** Reads and checks a file; throws {@link PabulibException} with every problem if it has any. */
	public static Election read(Path file) throws IOException {
		return read(decode(Files.readAllBytes(file)));
	}

	/** Reads and checks a stream (UTF-8); throws {@link PabulibException} with every problem if it has any. */
	public static Election read(InputStream in) throws IOException {
		return read(decode(in.readAllBytes()));
	}

	/** Reads and checks a file's text; throws {@link PabulibException} with every problem if it has any. */
	public static Election read(String text) {
		Parse parse = new Parse(text);
		parse.run();
		if (!parse.problems.isEmpty()) {
			throw new PabulibException(parse.sortedProblems());
		}
		return parse.election;
	}

	/** Every problem of the file, in line order; empty if the file is valid. */
	public static List<PabulibProblem> validate(Path file) throws IOException {
		String text;
		try {
			text = decode(Files.readAllBytes(file));
		}
		catch (PabulibException e) {
			return e.problems();
		}
		return validate(text);
	}

	/** Every problem of the text, in line order; empty if it is a valid {@code .pb} file. */
	public static List<PabulibProblem> validate(String text) {
		Parse parse = new Parse(text);
		parse.run();
		return parse.sortedProblems();
	}

	/** The bytes as UTF-8 text; a {@link PabulibException} naming the first line that is not valid UTF-8. */
	static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException e) {
			int line = 1;
			int start = 0;
			for (int i = 0; i <= bytes.length; i++) {
				if (i == bytes.length || bytes[i] == '\n') {
					try {
						StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
							.decode(ByteBuffer.wrap(bytes, start, i - start));
					}
					catch (CharacterCodingException bad) {
						break;
					}
					line++;
					start = i + 1;
				}
			}
			throw new PabulibException(List.of(new PabulibProblem(line,
					"this line is not valid UTF-8 text; save the file as UTF-8 (Pabulib files are UTF-8)")));
		}
	}

	/** Splits one line into its {@code ;}-separated fields; a quoted field may hold {@code ;} and two double quotes for one. */
	static List<String> split(String line, int lineNo, List<PabulibProblem> problems) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					field.append(c);
				}
			}
			else if (c == ';') {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
			}
			else if (c == '"' && field.isEmpty() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			problems.add(new PabulibProblem(lineNo, "a quoted field is not closed: a \" is missing before the end of the line"));
		}
		fields.add(field.toString());
		return fields;
	}

	private record Row(int line, List<String> fields) {
	}

	private static final class Section {

		final String name;
		final int line;
		Row header;
		final List<Row> rows = new ArrayList<>();

		Section(String name, int line) {
			this.name = name;
			this.line = line;
		}

		int column(String name) {
			return header == null ? -1 : header.fields().stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList()
				.indexOf(name);
		}
	}

	private static final class Parse {

		final String text;
		final List<PabulibProblem> problems = new ArrayList<>();
		final Map<String, Section> sections = new HashMap<>();
		int lastLine;
		Election election;

		final Map<String, String> meta = new LinkedHashMap<>();
		final Map<String, Integer> metaLine = new HashMap<>();
		/** Ids of project rows too malformed to read, so that votes naming them are not reported again. */
		final Set<String> malformedProjectIds = new HashSet<>();
		boolean projectsUnknown;
		/** Sections out of order or repeated: their rows are not checked further. */
		boolean structureBroken;

		Parse(String text) {
			this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
		}

		List<PabulibProblem> sortedProblems() {
			List<PabulibProblem> sorted = new ArrayList<>(problems);
			sorted.sort(Comparator.comparingInt(PabulibProblem::line));
			return sorted;
		}

		void problem(int line, String message) {
			problems.add(new PabulibProblem(line, message));
		}

		void run() {
			scan();
			Section metaSection = sections.get("META");
			Section projectSection = sections.get("PROJECTS");
			Section voteSection = sections.get("VOTES");
			for (String name : List.of("META", "PROJECTS", "VOTES")) {
				Section s = sections.get(name);
				if (s == null) {
					int where = switch (name) {
						case "META" -> 1;
						case "PROJECTS" -> voteSection != null ? voteSection.line : Math.max(1, lastLine);
						default -> Math.max(1, lastLine);
					};
					problem(where, "the file has no " + name + " section (a line reading " + name + ")");
				}
				else if (s.header == null) {
					problem(s.line, "the " + name + " section has no header line");
				}
			}
			if (structureBroken || metaSection == null || metaSection.header == null || projectSection == null || projectSection.header == null
					|| voteSection == null || voteSection.header == null) {
				return;
			}
			readMeta(metaSection);
			BigDecimal budget = budget(metaSection);
			VoteType voteType = voteType(metaSection);
			Map<String, Project> projects = readProjects(projectSection, budget);
			List<Ballot> ballots = readVotes(voteSection, voteType, projects);
			checkCount("num_projects", projectSection.rows.size(), "projects");
			checkCount("num_votes", voteSection.rows.size(), "votes");
			if (problems.isEmpty()) {
				election = new Election(budget, voteType, List.copyOf(projects.values()), ballots, meta);
			}
		}

		private void scan() {
			String[] lines = text.split("\r\n|\n|\r", -1);
			Section current = null;
			List<String> order = List.of("META", "PROJECTS", "VOTES");
			int expected = 0;
			boolean outsideReported = false;
			for (int i = 0; i < lines.length; i++) {
				int lineNo = i + 1;
				String line = lines[i];
				if (line.isBlank()) {
					continue;
				}
				lastLine = lineNo;
				List<String> fields = split(line, lineNo, problems);
				String first = fields.get(0).trim().toUpperCase(Locale.ROOT);
				boolean onlyFirst = fields.stream().skip(1).allMatch(String::isBlank);
				if (onlyFirst && order.contains(first)) {
					if (sections.containsKey(first)) {
						problem(lineNo, "the " + first + " section appears a second time");
						structureBroken = true;
						current = null;
						continue;
					}
					int index = order.indexOf(first);
					if (index < expected) {
						problem(lineNo, "the " + first + " section is out of order: sections must come as META, PROJECTS, VOTES");
						structureBroken = true;
					}
					expected = index + 1;
					current = new Section(first, lineNo);
					sections.put(first, current);
					continue;
				}
				if (current == null) {
					if (!outsideReported) {
						problem(lineNo, "this line is outside any section: the file must start with a line reading META");
						outsideReported = true;
					}
					continue;
				}
				Row row = new Row(lineNo, fields);
				if (current.header == null) {
					current.header = row;
				}
				else {
					current.rows.add(row);
				}
			}
		}

		/** The row's fields, or null (with a problem) if it has not as many fields as the header. */
		private boolean fieldCountOk(Section section, Row row) {
			int expected = section.header.fields().size();
			if (row.fields().size() != expected) {
				problem(row.line(), "this row of " + section.name + " has " + row.fields().size() + " fields but the header ("
						+ "line " + section.header.line() + ") has " + expected + "; a field containing ; must be quoted with \"");
				return false;
			}
			return true;
		}

		private void checkHeaderColumns(Section section) {
			Set<String> seen = new HashSet<>();
			for (String f : section.header.fields()) {
				String name = f.trim().toLowerCase(Locale.ROOT);
				if (name.isEmpty()) {
					problem(section.header.line(), "the " + section.name + " header has an empty column name");
				}
				else if (!seen.add(name)) {
					problem(section.header.line(), "the " + section.name + " header names the column \"" + name + "\" twice");
				}
			}
		}

		private void readMeta(Section section) {
			List<String> header = section.header.fields().stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
			if (!header.equals(List.of("key", "value"))) {
				problem(section.header.line(), "the META header must read key;value, not " + String.join(";", section.header.fields()));
			}
			for (Row row : section.rows) {
				if (row.fields().size() != 2) {
					problem(row.line(), "a META row must have exactly two fields (key;value), this one has " + row.fields().size()
							+ "; a value containing ; must be quoted with \"");
					continue;
				}
				String key = row.fields().get(0).trim();
				if (key.isEmpty()) {
					problem(row.line(), "this META row has an empty key");
					continue;
				}
				if (meta.containsKey(key)) {
					problem(row.line(), "the META key \"" + key + "\" appears a second time (first on line " + metaLine.get(key) + ")");
					continue;
				}
				meta.put(key, row.fields().get(1));
				metaLine.put(key, row.line());
			}
			for (String key : INTEGER_META) {
				if (meta.containsKey(key) && !INTEGER.matcher(meta.get(key).trim()).matches()) {
					problem(metaLine.get(key), key + " must be a whole number, not \"" + meta.get(key) + "\"");
				}
			}
			for (String key : DECIMAL_META) {
				if (meta.containsKey(key)) {
					decimal(meta.get(key), metaLine.get(key), key);
				}
			}
			String currency = meta.get("currency");
			if (currency != null && !currency.isBlank()) {
				try {
					Currency.getInstance(currency.trim());
				}
				catch (IllegalArgumentException e) {
					problem(metaLine.get("currency"), "the currency \"" + currency + "\" is not a known ISO 4217 code (such as PLN, EUR, TRY)");
				}
			}
		}

		private BigDecimal budget(Section section) {
			String text = meta.get("budget");
			if (text == null || text.isBlank()) {
				problem(text == null ? section.line : metaLine.get("budget"), "META has no budget");
				return null;
			}
			BigDecimal budget = decimal(text, metaLine.get("budget"), "the budget");
			if (budget != null && budget.signum() <= 0) {
				problem(metaLine.get("budget"), "the budget must be more than zero, not " + text.trim());
				return null;
			}
			return budget;
		}

		private VoteType voteType(Section section) {
			String text = meta.get("vote_type");
			if (text == null || text.isBlank()) {
				problem(text == null ? section.line : metaLine.get("vote_type"),
						"META has no vote_type (approval, cumulative, scoring or ordinal)");
				return null;
			}
			try {
				return VoteType.valueOf(text.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				problem(metaLine.get("vote_type"),
						"the vote_type \"" + text + "\" is unknown: it must be approval, cumulative, scoring or ordinal");
				return null;
			}
		}

		private Integer metaInt(String key) {
			String v = meta.get(key);
			return v != null && INTEGER.matcher(v.trim()).matches() ? Integer.valueOf(v.trim()) : null;
		}

		private BigDecimal metaDecimal(String key) {
			String v = meta.get(key);
			return v != null && DECIMAL.matcher(v.trim()).matches() ? new BigDecimal(v.trim()) : null;
		}

		/** The exact decimal of the text, or null with a problem naming {@code what}. */
		private BigDecimal decimal(String raw, int line, String what) {
			String t = raw.trim();
			if (DECIMAL.matcher(t).matches()) {
				return new BigDecimal(t);
			}
			if (DECIMAL_COMMA.matcher(t).matches()) {
				problem(line, what + " \"" + raw + "\" uses a comma as the decimal separator; only a point is allowed (write "
						+ t.replace(',', '.') + ")");
			}
			else {
				problem(line, what + " \"" + raw + "\" is not a number (digits, optionally with a decimal point)");
			}
			return null;
		}

		private Map<String, Project> readProjects(Section section, BigDecimal budget) {
			checkHeaderColumns(section);
			int idColumn = section.column("project_id");
			int costColumn = section.column("cost");
			Map<String, Project> projects = new LinkedHashMap<>();
			if (idColumn < 0 || costColumn < 0) {
				problem(section.header.line(), "the PROJECTS header must have the columns project_id and cost");
				projectsUnknown = true;
				return projects;
			}
			List<String> names = section.header.fields().stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
			Map<String, Integer> firstLine = new HashMap<>();
			for (Row row : section.rows) {
				if (!fieldCountOk(section, row)) {
					if (row.fields().size() > idColumn) {
						malformedProjectIds.add(row.fields().get(idColumn).trim());
					}
					continue;
				}
				String id = row.fields().get(idColumn).trim();
				if (id.isEmpty()) {
					problem(row.line(), "this project has no project_id");
					continue;
				}
				if (firstLine.containsKey(id)) {
					problem(row.line(), "the project id " + id + " appears a second time (first on line " + firstLine.get(id) + ")");
					continue;
				}
				firstLine.put(id, row.line());
				BigDecimal cost = decimal(row.fields().get(costColumn), row.line(), "the cost of project " + id);
				if (cost != null) {
					if (cost.signum() == 0) {
						problem(row.line(), "the cost of project " + id + " is zero; a project must cost more than zero");
					}
					else if (cost.signum() < 0) {
						problem(row.line(), "the cost of project " + id + " is negative (" + cost.toPlainString() + ")");
					}
					else if (budget != null && cost.compareTo(budget) > 0) {
						problem(row.line(), "the cost of project " + id + " (" + cost.toPlainString() + ") is above the budget ("
								+ budget.toPlainString() + ")");
					}
				}
				Map<String, String> fields = new LinkedHashMap<>();
				for (int c = 0; c < names.size(); c++) {
					if (c != idColumn && c != costColumn) {
						fields.put(names.get(c), row.fields().get(c));
					}
				}
				projects.put(id, new Project(id, cost, projects.size(), fields));
			}
			return projects;
		}

		private List<Ballot> readVotes(Section section, VoteType voteType, Map<String, Project> projects) {
			checkHeaderColumns(section);
			int idColumn = section.column("voter_id");
			int voteColumn = section.column("vote");
			int pointsColumn = section.column("points");
			int sexColumn = section.column("sex");
			List<Ballot> ballots = new ArrayList<>();
			if (idColumn < 0 || voteColumn < 0) {
				problem(section.header.line(), "the VOTES header must have the columns voter_id and vote");
				return ballots;
			}
			boolean withPoints = voteType == VoteType.CUMULATIVE || voteType == VoteType.SCORING;
			if (withPoints && pointsColumn < 0) {
				problem(section.header.line(), "the VOTES header has no points column, which " + voteType.name().toLowerCase(Locale.ROOT)
						+ " votes need");
				return ballots;
			}
			Integer minLength = metaInt("min_length");
			Integer maxLength = metaInt("max_length");
			Integer minPoints = metaInt("min_points");
			Integer maxPoints = metaInt("max_points");
			Integer minSum = metaInt("min_sum_points");
			Integer maxSum = metaInt("max_sum_points");
			BigDecimal minSumCost = metaDecimal("min_sum_cost");
			BigDecimal maxSumCost = metaDecimal("max_sum_cost");
			List<String> names = section.header.fields().stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
			Map<String, Integer> firstLine = new HashMap<>();
			for (Row row : section.rows) {
				if (!fieldCountOk(section, row)) {
					continue;
				}
				int line = row.line();
				String voter = row.fields().get(idColumn).trim();
				if (voter.isEmpty()) {
					problem(line, "this vote has no voter_id");
				}
				else if (voter.contains(",")) {
					problem(line, "the voter id \"" + voter + "\" contains a comma, which voter ids must not");
				}
				if (!voter.isEmpty()) {
					if (firstLine.containsKey(voter)) {
						problem(line, "the voter id " + voter + " appears a second time (first on line " + firstLine.get(voter) + ")");
					}
					else {
						firstLine.put(voter, line);
					}
				}
				String who = voter.isEmpty() ? "this vote" : "the vote of " + voter;
				List<String> ids = new ArrayList<>();
				String voteText = row.fields().get(voteColumn).trim();
				if (!voteText.isEmpty()) {
					Set<String> seen = new HashSet<>();
					for (String part : voteText.split(",", -1)) {
						String id = part.trim();
						if (id.isEmpty()) {
							problem(line, who + " has an empty project id in its list \"" + voteText + "\"");
							continue;
						}
						if (!projects.containsKey(id) && !projectsUnknown && !malformedProjectIds.contains(id)) {
							problem(line, who + " names project " + id + ", which is not in the PROJECTS section");
						}
						if (!seen.add(id)) {
							problem(line, who + " names project " + id + " more than once");
						}
						ids.add(id);
					}
				}
				List<Integer> points = new ArrayList<>();
				if (withPoints) {
					String pointsText = row.fields().get(pointsColumn).trim();
					List<String> parts = pointsText.isEmpty() ? List.of() : List.of(pointsText.split(",", -1));
					boolean ok = true;
					for (String part : parts) {
						String p = part.trim();
						if (!INTEGER.matcher(p).matches()) {
							problem(line, who + " gives \"" + p + "\" points; points must be whole numbers");
							ok = false;
						}
						else if (p.startsWith("-")) {
							problem(line, who + " gives negative points (" + p + ")");
							ok = false;
						}
						else if (p.length() > 9) {
							problem(line, who + " gives too many points (" + p + ")");
							ok = false;
						}
						else {
							int value = Integer.parseInt(p);
							points.add(value);
							if (minPoints != null && value < minPoints) {
								problem(line, who + " gives " + value + " points to a project, fewer than min_points (" + minPoints + ")");
							}
							if (maxPoints != null && value > maxPoints) {
								problem(line, who + " gives " + value + " points to a project, more than max_points (" + maxPoints + ")");
							}
						}
					}
					if (parts.size() != ids.size()) {
						problem(line, who + " lists " + ids.size() + " projects but " + parts.size() + " points; they must match one to one");
					}
					else if (ok) {
						long sum = points.stream().mapToLong(Integer::longValue).sum();
						if (minSum != null && sum < minSum) {
							problem(line, who + " gives " + sum + " points in total, fewer than min_sum_points (" + minSum + ")");
						}
						if (maxSum != null && sum > maxSum) {
							problem(line, who + " gives " + sum + " points in total, more than max_sum_points (" + maxSum + ")");
						}
					}
				}
				if (minLength != null && ids.size() < minLength) {
					problem(line, who + " names " + ids.size() + " projects, fewer than min_length (" + minLength + ")");
				}
				if (maxLength != null && ids.size() > maxLength) {
					problem(line, who + " names " + ids.size() + " projects, more than max_length (" + maxLength + ")");
				}
				if (minSumCost != null || maxSumCost != null) {
					BigDecimal total = ids.stream().map(projects::get).filter(p -> p != null && p.cost() != null)
						.map(Project::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
					if (minSumCost != null && total.compareTo(minSumCost) < 0) {
						problem(line, who + " costs " + total.toPlainString() + " in total, less than min_sum_cost ("
								+ minSumCost.toPlainString() + ")");
					}
					if (maxSumCost != null && total.compareTo(maxSumCost) > 0) {
						problem(line, who + " costs " + total.toPlainString() + " in total, more than max_sum_cost ("
								+ maxSumCost.toPlainString() + ")");
					}
				}
				if (sexColumn >= 0) {
					String sex = row.fields().get(sexColumn).trim();
					if (!sex.isEmpty() && !SEXES.contains(sex)) {
						problem(line, who + " has sex \"" + sex + "\"; it must be M, F or O (or left empty)");
					}
				}
				Map<String, String> fields = new LinkedHashMap<>();
				for (int c = 0; c < names.size(); c++) {
					if (c != idColumn && c != voteColumn && !(withPoints && c == pointsColumn)) {
						fields.put(names.get(c), row.fields().get(c));
					}
				}
				ballots.add(new Ballot(voter, ids, points, fields));
			}
			return ballots;
		}

		private void checkCount(String key, int actual, String what) {
			if (!meta.containsKey(key)) {
				return;
			}
			Integer declared = metaInt(key);
			if (declared != null && declared != actual) {
				problem(metaLine.get(key), key + " says " + declared + " but the file has " + actual + " " + what);
			}
		}
	}
}
