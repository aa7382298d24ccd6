package org.ortakakil.spaces;

import java.time.LocalDate;
import java.util.List;

import org.ortakakil.shared.LocalizedText;

/** A participatory process as readers see it; {@code activePhase} is derived from today's date or pinned. */
public record ProcessView(long id, String slug, LocalizedText title, LocalizedText description, ScopeType scopeType,
		List<Integer> districtIds, Integer neighbourhoodId, List<PhaseView> phases, PhaseView activePhase,
		TimeState state, boolean published) {

	public LocalDate startsOn() {
		return firstStart(phases);
	}

	public LocalDate endsOn() {
		return lastEnd(phases);
	}

	/** The earliest start of any phase, or null when no phase has a start date. */
	public static LocalDate firstStart(List<PhaseView> phases) {
		return phases.stream().map(PhaseView::startsOn).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
	}

	/** The latest end of any phase, or null when no phase has an end date. */
	public static LocalDate lastEnd(List<PhaseView> phases) {
		return phases.stream().map(PhaseView::endsOn).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
	}

	/** True when the process concerns the district: city-wide ones concern every district. */
	public boolean concernsDistrict(int districtId, Integer neighbourhoodDistrictId) {
		switch (scopeType) {
			case CITY:
				return true;
			case DISTRICTS:
				return districtIds.contains(districtId);
			default:
				return neighbourhoodDistrictId != null && neighbourhoodDistrictId == districtId;
		}
	}
}
