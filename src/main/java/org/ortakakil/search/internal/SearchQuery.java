package org.ortakakil.search.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.shared.DomainException;

/**
 * A checked search: the words (folded by Turkish rules, and their ASCII keys), the kinds asked for
 * (empty for all), a district, a range of days and the page. Each bad part is INVALID with its own code.
 */
public record SearchQuery(String text, List<String> words, List<String> keys, Set<String> kinds,
		District district, LocalDate from, LocalDate to, int page, int limit) {

	public static final int TEXT_MAX = 200;
	public static final int WORDS_MAX = 12;
	public static final int PAGE_MAX = 50;
	public static final int LIMIT_DEFAULT = 20;
	public static final int LIMIT_MAX = 100;

	/** The filters as given, still unchecked; any may be null. */
	public record Raw(String q, String type, String district, String from, String to, String page, String limit) {
	}

	public SearchQuery {
		words = List.copyOf(words);
		keys = List.copyOf(keys);
		kinds = Set.copyOf(kinds);
	}

	public static SearchQuery parse(Raw raw, Geography geography) {
		String text = raw.q() == null ? "" : raw.q().strip();
		if (text.isEmpty()) {
			throw DomainException.invalid("search.query-empty");
		}
		if (text.length() > TEXT_MAX) {
			throw DomainException.invalid("search.query-too-long", TEXT_MAX);
		}
		Set<String> distinct = new LinkedHashSet<>(TurkishFolding.words(text));
		List<String> words = new ArrayList<>(distinct).subList(0, Math.min(distinct.size(), WORDS_MAX));
		if (words.isEmpty()) {
			throw DomainException.invalid("search.query-empty");
		}
		List<String> keys = words.stream().map(TurkishFolding::ascii).toList();
		District district = present(raw.district()) ? geography.district(raw.district().strip())
			.orElseThrow(() -> DomainException.invalid("search.district-unknown", raw.district().strip())) : null;
		LocalDate from = present(raw.from()) ? date("from", raw.from()) : null;
		LocalDate to = present(raw.to()) ? date("to", raw.to()) : null;
		if (from != null && to != null && from.isAfter(to)) {
			throw DomainException.invalid("search.range-invalid");
		}
		return new SearchQuery(text, words, keys, kinds(raw.type()), district, from, to,
				number(raw.page(), 1, PAGE_MAX, 1, "search.page-invalid"),
				number(raw.limit(), 1, LIMIT_MAX, LIMIT_DEFAULT, "search.limit-invalid"));
	}

	/** The type filter: space (processes and assemblies), process, assembly or proposal. */
	static Set<String> kinds(String type) {
		if (!present(type)) {
			return Set.of();
		}
		switch (type.strip()) {
			case "space":
				return Set.of("process", "assembly");
			case "process":
				return Set.of("process");
			case "assembly":
				return Set.of("assembly");
			case "proposal":
				return Set.of("proposal");
			default:
				throw DomainException.invalid("search.type-invalid", type.strip());
		}
	}

	/** The type filter as the pages and the API name it: space, process, assembly, proposal or null. */
	public String type() {
		if (kinds.isEmpty()) {
			return null;
		}
		if (kinds.size() == 2) {
			return "space";
		}
		return kinds.iterator().next();
	}

	private static LocalDate date(String name, String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw DomainException.invalid("search.date-invalid", name);
		}
	}

	private static int number(String text, int min, int max, int otherwise, String code) {
		if (!present(text)) {
			return otherwise;
		}
		try {
			int value = Integer.parseInt(text.strip());
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// answered below
		}
		throw DomainException.invalid(code, min, max);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}
}
