package org.ortakakil.budgeting.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ortakakil.budgeting.model.Ballot;
import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.model.Project;
import org.ortakakil.budgeting.model.VoteType;

/**
 * A minimal test-only reader of the four shipped Pabulib files (no quoting in them); the real reader is
 * the {@code pabulib} package's.
 */
final class PabulibTestFiles {

	static final Path DIR = Path.of("/work/shared/data/pabulib");

	private PabulibTestFiles() {
	}

	static Election load(String name) {
		List<String> lines;
		try {
			lines = Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, String> meta = new HashMap<>();
		List<Project> projects = new ArrayList<>();
		List<Ballot> ballots = new ArrayList<>();
		String section = null;
		String[] header = null;
		for (String line : lines) {
			if (line.isBlank()) {
				continue;
			}
			String t = line.trim();
			if (t.equalsIgnoreCase("META") || t.equalsIgnoreCase("PROJECTS") || t.equalsIgnoreCase("VOTES")) {
				section = t.toUpperCase(Locale.ROOT);
				header = null;
				continue;
			}
			String[] cells = line.split(";", -1);
			if (header == null) {
				header = cells;
				continue;
			}
			Map<String, String> row = new HashMap<>();
			for (int i = 0; i < header.length && i < cells.length; i++) {
				row.put(header[i].trim(), cells[i].trim());
			}
			switch (section) {
				case "META" -> meta.put(cells[0].trim(), cells.length > 1 ? cells[1].trim() : "");
				case "PROJECTS" -> projects.add(new Project(row.get("project_id"), new BigDecimal(row.get("cost")),
						projects.size(), Map.of("votes", row.getOrDefault("votes", ""), "selected",
								row.getOrDefault("selected", ""))));
				case "VOTES" -> {
					String vote = row.getOrDefault("vote", "");
					List<String> ids = vote.isEmpty() ? List.of() : Arrays.stream(vote.split(",")).map(String::trim).toList();
					String pts = row.getOrDefault("points", "");
					List<Integer> points = pts.isEmpty() ? List.of()
							: Arrays.stream(pts.split(",")).map(s -> Integer.parseInt(s.trim())).toList();
					ballots.add(new Ballot(row.get("voter_id"), ids, points, Map.of()));
				}
				default -> throw new IllegalStateException("line outside a section: " + line);
			}
		}
		VoteType type = VoteType.valueOf(meta.getOrDefault("vote_type", "approval").toUpperCase(Locale.ROOT));
		return new Election(new BigDecimal(meta.get("budget")), type, projects, ballots, meta);
	}
}
