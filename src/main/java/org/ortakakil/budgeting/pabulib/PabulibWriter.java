package org.ortakakil.budgeting.pabulib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ortakakil.budgeting.model.Ballot;
import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.model.Project;
import org.ortakakil.budgeting.model.VoteType;

/**
 * Writes an {@link Election} as a Pabulib {@code .pb} file (UTF-8 without byte-order mark, LF line ends)
 * that {@link PabulibReader} reads back to an equal election. {@code budget}, {@code vote_type},
 * {@code num_projects} and {@code num_votes} in META are written from the election itself; the other
 * META keys as they are, the well-known ones first in Pabulib's usual order. A field containing
 * {@code ;} or a double quote (or starting or ending with a space) is quoted, a double quote inside it doubled.
 */
public final class PabulibWriter {

	private static final List<String> META_ORDER = List.of("description", "country", "unit", "district", "subunit",
			"instance", "num_projects", "num_votes", "budget", "vote_type", "rule", "date_begin", "date_end",
			"min_length", "max_length", "min_sum_points", "max_sum_points", "min_points", "max_points", "min_sum_cost",
			"max_sum_cost", "min_project_score_threshold", "edition", "language", "currency");
	private static final List<String> PROJECT_ORDER = List.of("votes", "score", "name", "category", "target", "selected");
	private static final List<String> VOTE_ORDER = List.of("age", "sex", "voting_method");

	private PabulibWriter() {
	}

	/** The election as the text of a {@code .pb} file. */
	public static String toText(Election election) {
		StringBuilder out = new StringBuilder();
		try {
			write(election, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	/** Writes the election to a {@code .pb} file (UTF-8). */
	public static void write(Election election, Path file) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			write(election, writer);
		}
	}

	/** Writes the election as a {@code .pb} file's text. */
	public static void write(Election election, Appendable out) throws IOException {
		boolean withPoints = election.voteType() == VoteType.CUMULATIVE || election.voteType() == VoteType.SCORING;

		Map<String, String> meta = new LinkedHashMap<>(election.meta());
		meta.put("num_projects", String.valueOf(election.projects().size()));
		meta.put("num_votes", String.valueOf(election.ballots().size()));
		meta.put("budget", election.budget().toPlainString());
		meta.put("vote_type", election.voteType().name().toLowerCase(Locale.ROOT));
		out.append("META\n");
		line(out, List.of("key", "value"));
		for (String key : ordered(meta.keySet(), META_ORDER)) {
			line(out, List.of(key, meta.get(key)));
		}

		List<String> projectColumns = ordered(union(election.projects().stream().map(Project::fields).toList()), PROJECT_ORDER);
		out.append("PROJECTS\n");
		List<String> header = new ArrayList<>(List.of("project_id", "cost"));
		header.addAll(projectColumns);
		line(out, header);
		for (Project project : election.projects()) {
			List<String> row = new ArrayList<>(List.of(project.id(), project.cost().toPlainString()));
			for (String column : projectColumns) {
				row.add(project.fields().getOrDefault(column, ""));
			}
			line(out, row);
		}

		List<String> voteColumns = ordered(union(election.ballots().stream().map(Ballot::fields).toList()), VOTE_ORDER);
		voteColumns.removeAll(List.of("voter_id", "vote", withPoints ? "points" : ""));
		out.append("VOTES\n");
		header = new ArrayList<>(List.of("voter_id", "vote"));
		if (withPoints) {
			header.add("points");
		}
		header.addAll(voteColumns);
		line(out, header);
		for (Ballot ballot : election.ballots()) {
			List<String> row = new ArrayList<>(List.of(ballot.voterId(), String.join(",", ballot.projectIds())));
			if (withPoints) {
				row.add(ballot.points().stream().map(String::valueOf).collect(Collectors.joining(",")));
			}
			for (String column : voteColumns) {
				row.add(ballot.fields().getOrDefault(column, ""));
			}
			line(out, row);
		}
	}

	private static Set<String> union(List<Map<String, String>> maps) {
		Set<String> keys = new LinkedHashSet<>();
		maps.forEach(m -> keys.addAll(m.keySet()));
		return keys;
	}

	/** The keys in the preferred order first, then the others alphabetically. */
	private static List<String> ordered(Set<String> keys, List<String> preferred) {
		List<String> result = new ArrayList<>();
		for (String key : preferred) {
			if (keys.contains(key)) {
				result.add(key);
			}
		}
		for (String key : new TreeSet<>(keys)) {
			if (!preferred.contains(key)) {
				result.add(key);
			}
		}
		return result;
	}

	private static void line(Appendable out, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(';');
			}
			out.append(quote(fields.get(i)));
		}
		out.append('\n');
	}

	/** The field as written: quoted if it contains {@code ;} or a double quote or has surrounding spaces. */
	static String quote(String field) {
		if (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
			throw new IllegalArgumentException("a .pb field cannot contain a line break: " + field);
		}
		if (field.indexOf(';') >= 0 || field.indexOf('"') >= 0 || !field.equals(field.strip())) {
			return '"' + field.replace("\"", "\"\"") + '"';
		}
		return field;
	}
}
