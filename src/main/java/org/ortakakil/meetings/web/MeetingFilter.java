package org.ortakakil.meetings.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.meetings.MeetingType;

/**
 * What the public lists, map and calendar are narrowed to; every part may be null (or false) for any.
 * Unknown values are ignored rather than refused, so an old link still shows meetings.
 */
public record MeetingFilter(District district, Neighbourhood neighbourhood, SpaceRef space, MeetingType type,
		boolean stepFree, boolean signLanguage, boolean childcare, boolean past) {

	/** The filter as query parameters, for links that keep it (calendar months, the map's JSON). */
	public Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (district != null) {
			parameters.put("district", district.slug());
		}
		if (neighbourhood != null) {
			parameters.put("neighbourhood", String.valueOf(neighbourhood.id()));
		}
		if (space != null) {
			parameters.put("space", space.slug());
		}
		if (type != null) {
			parameters.put("type", type.name());
		}
		if (stepFree) {
			parameters.put("stepFree", "true");
		}
		if (signLanguage) {
			parameters.put("signLanguage", "true");
		}
		if (childcare) {
			parameters.put("childcare", "true");
		}
		if (past) {
			parameters.put("when", "past");
		}
		return parameters;
	}
}
