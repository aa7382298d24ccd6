package org.ortakakil.geography;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What other modules may ask of the geography. Every answer comes from memory. */
public interface Geography {

	/** All districts, in Turkish alphabetical order. */
	List<District> districts();

	Optional<District> district(String slug);

	Optional<District> district(int id);

	/** The district, or a NOT_FOUND {@link org.ortakakil.shared.DomainException}. */
	District requireDistrict(String slug);

	List<Neighbourhood> neighbourhoods(String districtSlug);

	Optional<Neighbourhood> neighbourhood(int id);

	List<Neighbour> neighbours(String districtSlug);

	List<Province> marmaraProvinces();

	Optional<Province> province(int id);

	/** The district whose boundary contains the point, if any. */
	Optional<District> locate(GeoPoint point);

	/** Throws INVALID naming the first id that is not a district. */
	void requireDistricts(Collection<Integer> districtIds);

	/** The 39 boundaries as one GeoJSON FeatureCollection (properties: slug, name, side). */
	String boundariesGeoJson();

	/** The attribution line that must accompany this data wherever it is shown. */
	String attribution();
}
