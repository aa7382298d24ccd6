package org.ortakakil.meetings.governance;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.identity.Authorization;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Permission;
import org.ortakakil.shared.ResourceRef;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The public coverage view of the governance programme: the districts on a map coloured by the share
 * of their neighbourhoods met in the last 90 days (drawn by {@code coverage-map.js}), and every
 * neighbourhood in a table beside it, which is the view for screen readers and works without
 * JavaScript; the same rows as CSV. Filters: a district, and how recently the neighbourhood met.
 */
@Controller
class CoveragePages {

	private final Coverage coverage;
	private final Geography geography;
	private final Authorization authorization;

	CoveragePages(Coverage coverage, Geography geography, Authorization authorization) {
		this.coverage = coverage;
		this.geography = geography;
		this.authorization = authorization;
	}

	@GetMapping("/governance/coverage")
	String page(@RequestParam(required = false) String district, @RequestParam(required = false) String recency,
			CurrentAccount account, Model model) {
		District chosen = district(district);
		model.addAttribute("mayPlan", chosen != null && authorization.may(account, Permission.COORDINATE_DISTRICT,
				ResourceRef.of("district", chosen.id())));
		Coverage.Recency only = recency(recency);
		Coverage.View view = coverage.of(chosen);
		model.addAttribute("district", chosen);
		model.addAttribute("recency", only);
		model.addAttribute("view", view);
		model.addAttribute("rows", rows(view, only));
		model.addAttribute("districts", geography.districts());
		model.addAttribute("recencies", Coverage.Recency.values());
		model.addAttribute("recentDays", Coverage.RECENT_DAYS);
		model.addAttribute("shares", Coverage.percentBySlug(view).entrySet().stream()
			.map(e -> "\"" + e.getKey() + "\":" + e.getValue()).collect(Collectors.joining(",", "{", "}")));
		model.addAttribute("zone", CyclePlanner.ISTANBUL);
		model.addAttribute("csvUrl", url("/governance/coverage.csv", chosen, only));
		return "governance/coverage";
	}

	@GetMapping("/governance/coverage.csv")
	void csv(@RequestParam(required = false) String district, @RequestParam(required = false) String recency,
			HttpServletResponse response) throws IOException {
		District chosen = district(district);
		Coverage.Recency only = recency(recency);
		List<Coverage.Row> rows = rows(coverage.of(chosen), only);
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"coverage"
				+ (chosen == null ? "" : "-" + chosen.slug()) + ".csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write('\uFEFF');
		CsvRow.write(out, "district", "neighbourhood_id", "neighbourhood", "last_meeting_id", "last_held",
				"attended", "decisions_open", "decisions_done", "next_meeting_id", "next_starts", "recency");
		for (Coverage.Row row : rows) {
			CsvRow.write(out, row.district().name(), row.neighbourhood().id(), row.neighbourhood().name(),
					row.lastMeetingId(), iso(row.lastHeld()), row.attended(), row.decisionsOpen(), row.decisionsDone(),
					row.nextMeetingId(), iso(row.nextStarts()), row.recency().name().toLowerCase(Locale.ROOT));
		}
		out.flush();
	}

	private District district(String slug) {
		return slug == null || slug.isBlank() ? null : geography.requireDistrict(slug.strip());
	}

	private static Coverage.Recency recency(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Coverage.Recency.valueOf(typed.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw DomainException.invalid("governance.recency-unknown", typed);
		}
	}

	private static List<Coverage.Row> rows(Coverage.View view, Coverage.Recency only) {
		return only == null ? view.rows() : view.rows().stream().filter(r -> r.recency() == only).toList();
	}

	private static String iso(OffsetDateTime time) {
		return time == null ? null : time.atZoneSameInstant(CyclePlanner.ISTANBUL).toOffsetDateTime().toString();
	}

	private static String url(String path, District district, Coverage.Recency recency) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		if (district != null) {
			builder.queryParam("district", district.slug());
		}
		if (recency != null) {
			builder.queryParam("recency", recency.name().toLowerCase(Locale.ROOT));
		}
		return builder.build().toUriString();
	}
}
