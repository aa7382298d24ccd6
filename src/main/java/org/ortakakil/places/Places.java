package org.ortakakil.places;

import java.util.List;
import java.util.Optional;

import org.ortakakil.geography.GeoPoint;

/** What other modules may ask of the places: one by id, a filtered list, the nearest ones. */
public interface Places {

	/** At most this many places are answered by {@link #nearest}. */
	int MAX_NEAREST = 50;

	Optional<PlaceView> place(long id);

	Optional<PlaceView> place(String slug);

	/** Places of the type in the district, by name; null for either means any. */
	List<PlaceView> find(PlaceType type, Integer districtId);

	/**
	 * The places nearest to the point, nearest first, with the type and the service ({@link PlaceService}
	 * code) if given. A point outside İstanbul is INVALID ({@code places.outside-istanbul}).
	 */
	List<Nearby> nearest(GeoPoint point, PlaceType type, String service, int limit);
}
