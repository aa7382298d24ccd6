package org.ortakakil.identity.census;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the resident census ({@code ortakakil.identity.*}).
 *
 * @param censusSecret the server secret the census numbers are hashed with (HMAC-SHA-256); without it
 *        the application does not start. Changing it makes every stored hash useless until the next
 *        import, so it is set once per installation, from the environment
 *        ({@code ORTAKAKIL_IDENTITY_CENSUS_SECRET}), never from the repository.
 * @param censusBatchSize how many rows an import writes to the database at once
 */
@ConfigurationProperties("ortakakil.identity")
public record CensusProperties(@DefaultValue("") String censusSecret, @DefaultValue("5000") int censusBatchSize) {
}
