package org.ortakakil.search.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.search.internal.Highlighter;
import org.ortakakil.search.internal.SearchEngine;
import org.ortakakil.search.internal.SearchQuery;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Search as JSON: the same index, filters and order as the search page, a page at a time. Bad input is a
 * 400 ProblemDetail whose {@code code} names the reason (search.query-empty, search.query-too-long, ...).
 */
@RestController
@Tag(name = "Search", description = "One search over spaces and proposals, Turkish-aware")
class SearchApi {

	/**
	 * One thing found. {@code type} is space or proposal, {@code kind} process, assembly or proposal;
	 * {@code title} and {@code excerpt} are plain text, the {@code Html} fields the same escaped with the
	 * matching words in mark elements; {@code language} is the language they are in.
	 */
	record Result(String type, String kind, long id, String title, String titleHtml, String excerpt,
			String excerptHtml, String language, String url, LocalDate date, List<String> districts) {
	}

	/** A page of results; {@code next} is the number of the next page, null on the last. */
	record Results(String query, long total, int page, int limit, Integer next, List<Result> results) {
	}

	private final SearchEngine engine;
	private final Geography geography;

	SearchApi(SearchEngine engine, Geography geography) {
		this.engine = engine;
		this.geography = geography;
	}

	@GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Spaces and proposals matching the words, best first; İ/I and ı/i folded the Turkish way,"
			+ " letters without their diacritics match too, and on PostgreSQL Turkish stems")
	Results search(@Parameter(description = "the words, 1 to 200 characters") @RequestParam(required = false) String q,
			@Parameter(description = "space, process, assembly or proposal") @RequestParam(required = false) String type,
			@Parameter(description = "district slug, e.g. kadikoy") @RequestParam(required = false) String district,
			@Parameter(description = "first day, yyyy-MM-dd") @RequestParam(required = false) String from,
			@Parameter(description = "last day, yyyy-MM-dd, inclusive") @RequestParam(required = false) String to,
			@Parameter(description = "1 to 50, default 1") @RequestParam(required = false) String page,
			@Parameter(description = "1 to 100, default 20") @RequestParam(required = false) String limit,
			Locale locale) {
		SearchQuery query = SearchQuery.parse(new SearchQuery.Raw(q, type, district, from, to, page, limit), geography);
		SearchEngine.Page found = engine.search(query, locale.getLanguage());
		return new Results(query.text(), found.total(), found.page(), found.limit(),
				found.hasNext() ? found.page() + 1 : null, found.hits().stream().map(this::result).toList());
	}

	private Result result(SearchEngine.Hit hit) {
		List<String> districts = hit.districtIds().stream()
			.flatMap(id -> geography.district(id).map(District::slug).stream())
			.toList();
		return new Result("proposal".equals(hit.kind()) ? "proposal" : "space", hit.kind(), hit.id(),
				Highlighter.text(hit.title()), Highlighter.html(hit.title()), Highlighter.text(hit.excerpt()),
				Highlighter.html(hit.excerpt()), hit.language(), hit.path(), hit.dated(), districts);
	}
}
