package org.ortakakil.identity.census;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts single residents into the census for a test, without replacing the census as an import
 * would, so tests sharing the database do not disturb each other.
 */
public final class CensusFixtures {

	private CensusFixtures() {
	}

	/** A random number with valid check digits, starting 9 so it never collides with the demo census. */
	public static String randomTckn() {
		int[] d = new int[11];
		d[0] = 9;
		for (int i = 1; i < 9; i++) {
			d[i] = ThreadLocalRandom.current().nextInt(10);
		}
		d[9] = Math.floorMod((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7]), 10);
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			sum += d[i];
		}
		d[10] = sum % 10;
		StringBuilder digits = new StringBuilder();
		for (int digit : d) {
			digits.append(digit);
		}
		return digits.toString();
	}

	/** Adds the resident (unless the number is there already) and returns their census id. */
	public static long add(ApplicationContext context, String tckn, LocalDate birthDate, int neighbourhoodId,
			int districtId) {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		String hash = context.getBean(CensusHasher.class).hash(TcKimlikNo.parse(tckn));
		if (jdbc.sql("SELECT COUNT(*) FROM census_person WHERE tckn_hash = ?").param(hash).query(Long.class).single() == 0) {
			jdbc.sql("INSERT INTO census_person (tckn_hash, birth_date, neighbourhood_id, district_id, import_id)"
					+ " VALUES (?, ?, ?, ?, 0)").params(hash, birthDate, neighbourhoodId, districtId).update();
		}
		return jdbc.sql("SELECT id FROM census_person WHERE tckn_hash = ?").param(hash).query(Long.class).single();
	}
}
