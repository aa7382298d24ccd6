package org.ortakakil.spaces;

import java.time.LocalDate;

import org.ortakakil.shared.LocalizedText;

/** A phase as readers see it. */
public record PhaseView(String key, int position, LocalizedText title, LocalizedText description, LocalDate startsOn,
		LocalDate endsOn, boolean active) {
}
