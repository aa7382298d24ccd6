package org.ortakakil.requests.transparency;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.requests.RequestState;

/**
 * What the public list of requests is filtered by, each part optional: a district, a neighbourhood of
 * it, a category code, and either GeoReport's status ({@code open}/{@code closed}) or one finer
 * {@link RequestState}. {@link #parameters()} gives them back as the query parameters that chose them,
 * for links to the next page, the CSV and the JSON the map reads.
 */
public record RequestFilter(District district, Neighbourhood neighbourhood, String category, String status,
		RequestState state) {

	public static final RequestFilter NONE = new RequestFilter(null, null, null, null, null);

	/** The filter as query parameters, without the empty ones. */
	public Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (district != null) {
			parameters.put("district", district.slug());
		}
		if (neighbourhood != null) {
			parameters.put("neighbourhood", String.valueOf(neighbourhood.id()));
		}
		if (category != null) {
			parameters.put("category", category);
		}
		if (status != null) {
			parameters.put("status", status);
		}
		else if (state != null) {
			parameters.put("status", state.name());
		}
		return parameters;
	}

	/** The value of the status select: {@code open}, {@code closed}, a state's name or empty. */
	public String statusChoice() {
		return status != null ? status : state != null ? state.name() : "";
	}
}
