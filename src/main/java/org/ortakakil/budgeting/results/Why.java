package org.ortakakil.budgeting.results;

import java.math.BigDecimal;

/**
 * Why a rule selected a project or not, in numbers a page can say in plain words. {@code kind}:
 * <ul>
 * <li>BOUGHT (Equal Shares): its supporters paid for it, each at most {@code amount} (for points ballots:
 * {@code amount} per point);</li>
 * <li>SHORT (Equal Shares): at the end its supporters had only {@code amount} left together, less than its
 * cost {@code other};</li>
 * <li>NO_SUPPORT: nobody voted for it;</li>
 * <li>TAKEN (greedy): its turn came with {@code amount} left, enough for it;</li>
 * <li>TOO_LITTLE (greedy): its turn came with only {@code amount} left, after {@code after} was selected
 * (the last selection before its turn), less than its cost {@code other};</li>
 * <li>NOT_REACHED (greedy without skipping): the rule stopped at an earlier project that did not fit;</li>
 * <li>BELOW_THRESHOLD: fewer votes than the least the rule asks for ({@code other});</li>
 * <li>COMPLETION: added after Equal Shares, with {@code amount} of the budget still unspent;</li>
 * <li>SELECTED and NOT_SELECTED: the rule, as a whole, chose so (sequential Phragmén, the optimum).</li>
 * </ul>
 */
public record Why(String kind, BigDecimal amount, BigDecimal other, String after) {

	static Why of(String kind) {
		return new Why(kind, null, null, null);
	}

	public boolean selected() {
		return switch (kind) {
			case "BOUGHT", "TAKEN", "COMPLETION", "SELECTED" -> true;
			default -> false;
		};
	}
}
