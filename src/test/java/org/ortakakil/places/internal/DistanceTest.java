package org.ortakakil.places.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.ortakakil.geography.GeoPoint;

/** Haversine distances against known ones, and the box that a search narrows by. */
class DistanceTest {

	static final GeoPoint KADIKOY_PIER = new GeoPoint(40.9916, 29.0237);
	static final GeoPoint BESIKTAS_PIER = new GeoPoint(41.0422, 29.0075);

	@Test
	void aPointIsNoDistanceFromItself() {
		assertThat(Distance.metres(KADIKOY_PIER, KADIKOY_PIER)).isZero();
	}

	@Test
	void oneDegreeOfLatitudeIsAbout111Kilometres() {
		assertThat(Distance.metres(new GeoPoint(41, 29), new GeoPoint(42, 29))).isCloseTo(111_195, within(5.0));
	}

	@Test
	void theFerryFromKadikoyToBesiktasCrossesAbout5_7Kilometres() {
		assertThat(Distance.metres(KADIKOY_PIER, BESIKTAS_PIER)).isCloseTo(5_780, within(40.0));
		assertThat(Distance.metres(BESIKTAS_PIER, KADIKOY_PIER)).isEqualTo(Distance.metres(KADIKOY_PIER, BESIKTAS_PIER));
	}

	@Test
	void aPointOffsetByADistanceIsThatFarAway() {
		for (int bearing = 0; bearing < 360; bearing += 45) {
			GeoPoint moved = Distance.offset(KADIKOY_PIER, 2_000, bearing);
			assertThat(Distance.metres(KADIKOY_PIER, moved)).isCloseTo(2_000, within(0.5));
		}
	}

	@Test
	void theBoxHoldsTheCircleAroundThePoint() {
		Distance.Box box = Distance.around(KADIKOY_PIER, 20_000);
		for (int bearing = 0; bearing < 360; bearing += 15) {
			GeoPoint edge = Distance.offset(KADIKOY_PIER, 19_999, bearing);
			assertThat(edge.lat()).isBetween(box.minLat(), box.maxLat());
			assertThat(edge.lon()).isBetween(box.minLon(), box.maxLon());
		}
	}
}
