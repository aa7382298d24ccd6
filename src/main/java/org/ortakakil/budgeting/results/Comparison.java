package org.ortakakil.budgeting.results;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What a results page shows, from stored results only: each project with why the official rule selected it
 * or not and which rules would fund it, each rule's totals, and the money per district under each rule.
 */
public record Comparison(List<Line> projects, List<Column> rules, List<DistrictLine> districts) {

	/** A project as shown: {@code whyKey} and {@code whyArgs} say in words why it was or was not selected. */
	public record Line(String id, String title, BigDecimal cost, String costText, long votes, String district,
			boolean selected, String whyKey, List<String> whyArgs, List<Boolean> funded) {
	}

	/** A rule's result as a column: how many projects it funds, the money it uses, its voters with one funded. */
	public record Column(RuleResult result, String nameKey, String costText, int funded, List<String> tiedTitles) {
	}

	public record DistrictLine(String name, List<String> money) {
	}

	/** A project as the page names it. */
	public record Item(String id, String title, BigDecimal cost, long votes, String districtKey, String district) {
	}

	static String ruleKey(String rule) {
		return "budgeting.results.rule." + rule.replace('/', '-');
	}

	public static String money(BigDecimal amount, Locale locale) {
		return money(amount, locale, "TRY");
	}

	/** The amount in the locale's way, with the currency (none: a plain number). */
	public static String money(BigDecimal amount, Locale locale, String currency) {
		if (amount == null) {
			return "";
		}
		if ("TRY".equals(currency)) {
			return org.ortakakil.budgeting.web.Money.format(amount, locale);
		}
		NumberFormat format = currency == null ? NumberFormat.getNumberInstance(locale)
				: NumberFormat.getCurrencyInstance(locale);
		if (currency != null) {
			format.setCurrency(Currency.getInstance(currency));
		}
		format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
		format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
		return format.format(amount);
	}

	/** The comparison of {@code results} (the official one first) on {@code items}. */
	static Comparison of(List<Item> items, List<RuleResult> results, boolean points, Locale locale, String currency) {
		Map<String, String> titles = new LinkedHashMap<>();
		items.forEach(i -> titles.put(i.id(), i.title()));
		Function<String, String> title = id -> titles.getOrDefault(id, id);
		RuleResult official = results.isEmpty() ? null : results.get(0);
		List<Line> lines = new ArrayList<>();
		for (Item item : items) {
			List<Boolean> funded = results.stream().map(r -> r.funds(item.id())).toList();
			String key;
			List<String> args;
			if (official == null || official.status().equals("FAILED")) {
				key = "budgeting.results.why.PENDING";
				args = List.of("", "", "");
			}
			else if (official.tie()) {
				key = official.tied().contains(item.id()) ? "budgeting.results.why.TIED" : "budgeting.results.why.PENDING";
				args = List.of("", "", "");
			}
			else {
				Why why = official.why().getOrDefault(item.id(), Why.of(official.funds(item.id()) ? "SELECTED" : "NOT_SELECTED"));
				key = "budgeting.results.why." + why.kind() + (points && why.kind().equals("BOUGHT") ? "-points" : "")
						+ (why.kind().equals("TOO_LITTLE") && why.after() == null ? "-first" : "");
				args = List.of(why.kind().equals("BOUGHT") && !points ? money(why.amount(), locale, currency)
						: why.kind().equals("BOUGHT") ? plain(why.amount(), locale) : money(why.amount(), locale, currency),
						money(why.other(), locale, currency), why.after() == null ? "" : title.apply(why.after()));
			}
			lines.add(new Line(item.id(), item.title(), item.cost(), money(item.cost(), locale, currency), item.votes(),
					item.district(), official != null && official.funds(item.id()), key, args, funded));
		}
		List<Column> columns = results.stream().map(r -> new Column(r, ruleKey(r.rule()), money(r.cost(), locale, currency),
				r.selected().size(), r.tied().stream().map(title).toList())).toList();
		Map<String, String> districtNames = new LinkedHashMap<>();
		items.forEach(i -> districtNames.putIfAbsent(i.districtKey(), i.district()));
		List<DistrictLine> districts = new ArrayList<>();
		for (Map.Entry<String, String> d : districtNames.entrySet()) {
			districts.add(new DistrictLine(d.getValue(), results.stream()
				.map(r -> money(r.metrics().moneyByDistrict().getOrDefault(d.getKey(), BigDecimal.ZERO), locale, currency)).toList()));
		}
		return new Comparison(lines, columns, districts);
	}

	private static String plain(BigDecimal amount, Locale locale) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(amount);
	}
}
