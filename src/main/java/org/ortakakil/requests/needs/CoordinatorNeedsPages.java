package org.ortakakil.requests.needs;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.identity.Authorization;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Permission;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What a district coordinator (or an administrator) sees of the district's needs: every neighbourhood
 * side by side, and the monthly report as CSV and as a printable page. Without a district, the
 * districts the account coordinates are offered.
 */
@Controller
@RequestMapping("/coordinator/needs")
class CoordinatorNeedsPages {

	private final DistrictNeeds districtNeeds;
	private final NeedsCsv csv;
	private final Geography geography;
	private final Authorization authorization;

	CoordinatorNeedsPages(DistrictNeeds districtNeeds, NeedsCsv csv, Geography geography, Authorization authorization) {
		this.districtNeeds = districtNeeds;
		this.csv = csv;
		this.geography = geography;
		this.authorization = authorization;
	}

	@GetMapping
	String overview(@RequestParam(required = false) String district, CurrentAccount account, Model model) {
		if (district == null || district.isBlank()) {
			List<District> mine = geography.districts().stream().filter(d -> coordinates(account, d)).toList();
			if (mine.size() == 1) {
				return "redirect:/coordinator/needs?district=" + mine.get(0).slug();
			}
			if (mine.isEmpty()) {
				throw DomainException.forbidden("permission.denied");
			}
			model.addAttribute("districts", mine);
			return "needs/coordinator-pick";
		}
		District place = coordinated(account, district);
		model.addAttribute("district", place);
		model.addAttribute("columns", districtNeeds.of(place, null));
		model.addAttribute("month", districtNeeds.month(null));
		return "needs/coordinator";
	}

	@GetMapping("/report")
	String report(@RequestParam String district, @RequestParam(required = false) String month,
			CurrentAccount account, Model model, Locale locale) {
		District place = coordinated(account, district);
		YearMonth chosen = districtNeeds.month(month);
		model.addAttribute("district", place);
		model.addAttribute("month", chosen);
		model.addAttribute("monthName", chosen.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale)));
		model.addAttribute("columns", districtNeeds.of(place, chosen));
		return "needs/report";
	}

	@GetMapping("/report.csv")
	void reportCsv(@RequestParam String district, @RequestParam(required = false) String month,
			CurrentAccount account, Locale locale, HttpServletResponse response) throws IOException {
		District place = coordinated(account, district);
		YearMonth chosen = districtNeeds.month(month);
		List<DistrictNeeds.Column> columns = districtNeeds.of(place, chosen);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("ihtiyaclar-" + place.slug() + "-" + chosen + ".csv").build().toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		csv.write(columns, locale, out);
	}

	private District coordinated(CurrentAccount account, String slug) {
		District place = geography.requireDistrict(slug.strip());
		authorization.require(account, Permission.COORDINATE_DISTRICT, ResourceRef.of("district", place.id()));
		return place;
	}

	private boolean coordinates(CurrentAccount account, District district) {
		return authorization.may(account, Permission.COORDINATE_DISTRICT, ResourceRef.of("district", district.id()));
	}
}
