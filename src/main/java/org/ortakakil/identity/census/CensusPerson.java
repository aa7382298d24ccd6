package org.ortakakil.identity.census;

import java.time.LocalDate;

/**
 * A resident as the census knows them: where they live and when they were born, never their number.
 * The id stays the same across imports as long as the person is in the file.
 */
public record CensusPerson(long id, long neighbourhoodId, long districtId, LocalDate birthDate) {
}
