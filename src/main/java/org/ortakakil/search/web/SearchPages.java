package org.ortakakil.search.web;

import java.util.List;
import java.util.Locale;

import org.ortakakil.geography.Geography;
import org.ortakakil.platform.ErrorMessages;
import org.ortakakil.search.internal.SearchEngine;
import org.ortakakil.search.internal.SearchQuery;
import org.ortakakil.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The search page: a form (words, type, district, range of days) and the results, highlighted, counted
 * for screen readers, one page at a time. Works without JavaScript: the form is a plain GET. Bad input
 * shows the form again with the reason, as 400.
 */
@Controller
class SearchPages {

	static final List<String> TYPES = List.of("space", "proposal");

	private final SearchEngine engine;
	private final Geography geography;
	private final ErrorMessages errors;

	SearchPages(SearchEngine engine, Geography geography, ErrorMessages errors) {
		this.engine = engine;
		this.geography = geography;
		this.errors = errors;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String district, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String page, Locale locale,
			Model model, HttpServletResponse response) {
		SearchQuery.Raw raw = new SearchQuery.Raw(q, type, district, from, to, page, null);
		model.addAttribute("form", raw);
		model.addAttribute("types", TYPES);
		model.addAttribute("districts", geography.districts());
		if (q == null) {
			return "search/results";
		}
		try {
			SearchQuery query = SearchQuery.parse(raw, geography);
			SearchEngine.Page results = engine.search(query, locale.getLanguage());
			model.addAttribute("query", query);
			model.addAttribute("results", results);
			model.addAttribute("previousUrl", pageUrl(raw, results.page() - 1));
			model.addAttribute("nextUrl", pageUrl(raw, results.page() + 1));
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", errors.of(e, locale));
			model.addAttribute("errorField", e.code().startsWith("search.query") ? "q" : "filters");
		}
		return "search/results";
	}

	private static String pageUrl(SearchQuery.Raw raw, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search").queryParam("q", raw.q());
		param(url, "type", raw.type());
		param(url, "district", raw.district());
		param(url, "from", raw.from());
		param(url, "to", raw.to());
		return url.queryParam("page", page).encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder url, String name, String value) {
		if (value != null && !value.isBlank()) {
			url.queryParam(name, value);
		}
	}
}
