package org.ortakakil.requests.needs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * The needs of every neighbourhood of a district side by side, neighbourhoods without needs included so
 * the gaps show, with the requests filed and resolved in a month for the monthly report.
 */
@Component
class DistrictNeeds {

	private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

	/** One neighbourhood's column: its needs, their total estimated cost and the month's request counts. */
	public record Column(Neighbourhood neighbourhood, List<Need> needs, BigDecimal totalCost,
			NeighbourhoodRequests.MonthCounts month) {
	}

	private final NeighbourhoodNeeds needs;
	private final NeighbourhoodRequests requests;
	private final Geography geography;
	private final Clock clock;

	DistrictNeeds(NeighbourhoodNeeds needs, NeighbourhoodRequests requests, Geography geography, Clock clock) {
		this.needs = needs;
		this.requests = requests;
		this.geography = geography;
		this.clock = clock;
	}

	List<Column> of(District district, YearMonth month) {
		Map<Integer, List<Need>> byNeighbourhood = needs.ofDistrict(district.id());
		Map<Integer, NeighbourhoodRequests.MonthCounts> counts = month == null ? Map.of()
				: requests.inMonth(district.id(), month);
		return geography.neighbourhoods(district.slug()).stream().map(n -> {
			List<Need> list = byNeighbourhood.getOrDefault(n.id(), List.of());
			BigDecimal total = list.stream().filter(need -> need.status() != NeedStatus.DROPPED)
				.map(Need::estimatedCost).filter(c -> c != null).reduce(BigDecimal.ZERO, BigDecimal::add);
			return new Column(n, list, total, counts.getOrDefault(n.id(), NeighbourhoodRequests.MonthCounts.NONE));
		}).toList();
	}

	/** The month as written ({@code 2026-11}); this month in the city when blank; INVALID otherwise. */
	YearMonth month(String typed) {
		if (typed == null || typed.isBlank()) {
			return YearMonth.now(clock.withZone(NeighbourhoodRequests.CITY));
		}
		if (!MONTH.matcher(typed.strip()).matches()) {
			throw DomainException.invalid("needs.month.invalid", typed.strip());
		}
		try {
			return YearMonth.parse(typed.strip());
		}
		catch (DateTimeException e) {
			throw DomainException.invalid("needs.month.invalid", typed.strip());
		}
	}
}
