package org.ortakakil.identity.census;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The resident census, as the rest of the identity module asks it: is this a resident, and where do
 * they live? A match needs the number and the birth date together; the caller never learns which of
 * the two was wrong, so the census cannot be used to find out whether a number belongs to a resident.
 */
@Service
public class Census {

	private static final String COLUMNS = "SELECT id, neighbourhood_id, district_id, birth_date FROM census_person ";

	private final JdbcClient jdbc;
	private final CensusHasher hasher;

	Census(JdbcClient jdbc, CensusHasher hasher) {
		this.jdbc = jdbc;
		this.hasher = hasher;
	}

	/** The resident with this number and birth date, if there is one. */
	public Optional<CensusPerson> match(TcKimlikNo number, LocalDate birthDate) {
		if (number == null || birthDate == null) {
			return Optional.empty();
		}
		return jdbc.sql(COLUMNS + "WHERE tckn_hash = ? AND birth_date = ?")
			.params(hasher.hash(number), birthDate)
			.query(Census::person)
			.optional();
	}

	/** A resident by the id other tables keep; empty once an import no longer lists them. */
	public Optional<CensusPerson> person(long id) {
		return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(Census::person).optional();
	}

	/** How many residents the census holds. */
	public long size() {
		return jdbc.sql("SELECT COUNT(*) FROM census_person").query(Long.class).single();
	}

	private static CensusPerson person(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new CensusPerson(rs.getLong("id"), rs.getLong("neighbourhood_id"), rs.getLong("district_id"),
				rs.getObject("birth_date", LocalDate.class));
	}
}
