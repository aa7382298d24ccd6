/**
 * İstanbul's geography: 39 districts, 960 neighbourhoods, which districts border each other, the
 * Marmara provinces, and point lookups. Reference data, loaded by a migration and read from memory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography")
package org.ortakakil.geography;
