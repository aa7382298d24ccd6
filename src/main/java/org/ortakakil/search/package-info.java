/**
 * Search: one search box over spaces and proposals (and later everything public), with filters by type,
 * district and date and highlighted results. Turkish-aware: PostgreSQL's turkish text search with stems,
 * the embedded database with the same case folding. The index is kept current by events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.ortakakil.search;
