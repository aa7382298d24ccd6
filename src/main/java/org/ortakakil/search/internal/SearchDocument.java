package org.ortakakil.search.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the index holds of one thing: its kind ({@code process}, {@code assembly} or {@code proposal},
 * the resource types), id, page, date, districts (none for city-wide), whether the public may find it,
 * and its title and plain-text body in each language it has.
 */
public record SearchDocument(String kind, long id, String path, LocalDate dated, boolean visible,
		Set<Integer> districtIds, List<Text> texts) {

	public static final Set<String> KINDS = Set.of("process", "assembly", "proposal");

	/** The title and plain-text body in one language. */
	public record Text(String language, String title, String body) {
	}

	public SearchDocument {
		if (!KINDS.contains(kind)) {
			throw new IllegalArgumentException("unknown kind " + kind);
		}
		districtIds = Set.copyOf(districtIds);
		texts = List.copyOf(texts);
	}
}
