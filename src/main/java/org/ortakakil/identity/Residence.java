package org.ortakakil.identity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where the census says a verified resident lives, and since when the account is verified. The
 * birth date is there for age rules (participatory budgeting); the identity number never is.
 */
public record Residence(long neighbourhoodId, long districtId, LocalDate birthDate, Instant verifiedAt) {
}
