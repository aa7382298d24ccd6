package org.ortakakil.budgeting.pabulib;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.model.Project;
import org.ortakakil.budgeting.rules.Outcome;
import org.ortakakil.budgeting.rules.Rules;
import org.ortakakil.budgeting.rules.UnresolvableTie;

/**
 * The command {@code pb compute FILE.pb [--rule RULE] [--increment N]}: runs an outcome rule on a
 * Pabulib file without Spring, the web server or a database, and prints exactly three lines:
 * {@code selected: } (ids in the order of PROJECTS), {@code cost: } and {@code time_ms: }.
 * Exit status 0; 2 for a malformed file (each problem with its line on the error stream); 3 for an
 * unresolvable tie (naming the tied projects); 64 for bad usage or an unknown rule; 66 for an unreadable file.
 */
public final class PbCommand {

	public static final int OK = 0;
	public static final int MALFORMED = 2;
	public static final int TIE = 3;
	public static final int USAGE = 64;
	public static final int NO_INPUT = 66;

	static final String USAGE_TEXT = "usage: pb compute FILE.pb [--rule RULE] [--increment N]\n"
			+ "  RULE: greedy, greedy-no-skip, greedy-threshold, equalshares, equalshares/add1,\n"
			+ "        equalshares/add1-comparison, equalshares/add1-utilitarian, phragmen, utilitarian-optimum\n"
			+ "        (by default the rule in the file's META section)\n"
			+ "  N:    the endowment increment per voter for the Add1 completion (default 1)";

	private PbCommand() {
	}

	/** Runs the command; {@code args} includes the leading {@code pb}. Returns the exit status. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		List<String> rest = new ArrayList<>(List.of(args));
		if (!rest.isEmpty() && rest.get(0).equals("pb")) {
			rest.remove(0);
		}
		if (rest.isEmpty() || !rest.get(0).equals("compute")) {
			return usage(err, rest.isEmpty() ? "a command is missing" : "unknown command: " + rest.get(0));
		}
		rest.remove(0);
		String file = null;
		String rule = null;
		int increment = 1;
		for (int i = 0; i < rest.size(); i++) {
			String arg = rest.get(i);
			String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (option.equals("--rule") || option.equals("--increment")) {
				String value;
				if (arg.contains("=")) {
					value = arg.substring(arg.indexOf('=') + 1);
				}
				else if (i + 1 < rest.size()) {
					value = rest.get(++i);
				}
				else {
					return usage(err, option + " needs a value");
				}
				if (option.equals("--rule")) {
					rule = value;
				}
				else {
					try {
						increment = Integer.parseInt(value);
					}
					catch (NumberFormatException e) {
						return usage(err, "--increment must be a whole number, not " + value);
					}
					if (increment < 1) {
						return usage(err, "--increment must be at least 1, not " + value);
					}
				}
			}
			else if (arg.startsWith("--")) {
				return usage(err, "unknown option: " + arg);
			}
			else if (file == null) {
				file = arg;
			}
			else {
				return usage(err, "only one file, please: " + arg);
			}
		}
		if (file == null) {
			return usage(err, "the .pb file is missing");
		}
		Path path = Path.of(file);
		if (!Files.isReadable(path)) {
			err.println("pb: cannot read " + file);
			return NO_INPUT;
		}
		Election election;
		try {
			election = PabulibReader.read(path);
		}
		catch (PabulibException e) {
			for (PabulibProblem problem : e.problems()) {
				err.println(file + ": line " + problem.line() + ": " + problem.message());
			}
			return MALFORMED;
		}
		catch (IOException | RuntimeException e) {
			err.println("pb: cannot read " + file + ": " + e.getMessage());
			return NO_INPUT;
		}
		if (rule == null) {
			rule = election.meta().getOrDefault("rule", "").trim();
			if (rule.isEmpty()) {
				return usage(err, "the file names no rule in META; give one with --rule");
			}
		}
		Outcome outcome;
		long start = System.nanoTime();
		try {
			outcome = Rules.compute(election, rule, increment);
		}
		catch (UnresolvableTie tie) {
			err.println("pb: unresolvable tie between projects " + String.join(", ", tie.projectIds()));
			return TIE;
		}
		catch (IllegalArgumentException e) {
			return usage(err, e.getMessage());
		}
		long timeMs = (System.nanoTime() - start) / 1_000_000;
		Map<String, Project> byId = election.projects().stream().collect(Collectors.toMap(Project::id, Function.identity()));
		List<String> selected = outcome.selected().stream()
			.sorted(Comparator.comparingInt(id -> byId.containsKey(id) ? byId.get(id).position() : Integer.MAX_VALUE))
			.toList();
		out.println("selected: " + String.join(",", selected));
		out.println("cost: " + outcome.cost().toPlainString());
		out.println("time_ms: " + timeMs);
		return OK;
	}

	private static int usage(PrintStream err, String message) {
		err.println("pb: " + message);
		err.println(USAGE_TEXT);
		return USAGE;
	}
}
