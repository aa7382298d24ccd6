package org.ortakakil.budgeting.voting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ortakakil.budgeting.BallotType;
import org.ortakakil.shared.DomainException;

/**
 * A ballot as a form sends it, read into a {@link BallotChoice}: {@code project} (repeated) for KNAPSACK and
 * APPROVAL, {@code points-<id>} for CUMULATIVE (blank is 0), {@code rank-<id>} for ORDINAL (blank is not
 * ranked). What cannot be read (points that are not whole numbers, two projects with one rank) is a problem
 * of its own, shown with the rules' problems.
 *
 * @param typed what was typed per project id, to show the form again as it was
 */
public record BallotForm(BallotChoice choice, List<DomainException> problems, Map<Long, String> typed,
		List<Long> invalidProjects) {

	public static BallotForm read(BallotType type, Map<String, String[]> parameters) {
		List<DomainException> problems = new ArrayList<>();
		List<Long> invalid = new ArrayList<>();
		Map<Long, String> typed = new HashMap<>();
		switch (type) {
			case CUMULATIVE -> {
				Map<Long, Integer> points = new LinkedHashMap<>();
				each(parameters, "points-", (id, value) -> {
					typed.put(id, value);
					if (value.isBlank()) {
						return;
					}
					try {
						int p = Integer.parseInt(value.trim());
						if (p != 0) {
							points.put(id, p);
						}
					}
					catch (NumberFormatException e) {
						problems.add(DomainException.invalid("budgeting.vote.points-not-integer", value.trim()));
						invalid.add(id);
					}
				});
				return new BallotForm(BallotChoice.points(points), problems, typed, invalid);
			}
			case ORDINAL -> {
				TreeMap<Integer, Long> byRank = new TreeMap<>();
				each(parameters, "rank-", (id, value) -> {
					typed.put(id, value);
					if (value.isBlank()) {
						return;
					}
					try {
						int rank = Integer.parseInt(value.trim());
						if (rank < 1) {
							throw new NumberFormatException();
						}
						if (byRank.putIfAbsent(rank, id) != null) {
							problems.add(DomainException.invalid("budgeting.vote.rank-duplicate", rank));
							invalid.add(id);
						}
					}
					catch (NumberFormatException e) {
						problems.add(DomainException.invalid("budgeting.vote.rank-invalid", value.trim()));
						invalid.add(id);
					}
				});
				return new BallotForm(new BallotChoice(new ArrayList<>(byRank.values()), List.of()), problems, typed, invalid);
			}
			default -> {
				List<Long> projects = new ArrayList<>();
				for (String value : parameters.getOrDefault("project", new String[0])) {
					try {
						projects.add(Long.parseLong(value.trim()));
						typed.put(Long.parseLong(value.trim()), "on");
					}
					catch (NumberFormatException e) {
						problems.add(DomainException.invalid("budgeting.vote.not-on-ballot", value));
					}
				}
				return new BallotForm(new BallotChoice(projects, List.of()), problems, typed, invalid);
			}
		}
	}

	private interface Field {
		void accept(long id, String value);
	}

	private static void each(Map<String, String[]> parameters, String prefix, Field field) {
		new TreeMap<>(parameters).forEach((name, values) -> {
			if (name.startsWith(prefix) && name.substring(prefix.length()).matches("\\d{1,18}") && values.length > 0) {
				field.accept(Long.parseLong(name.substring(prefix.length())), values[0] == null ? "" : values[0]);
			}
		});
	}
}
