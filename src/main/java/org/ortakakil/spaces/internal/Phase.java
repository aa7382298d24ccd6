package org.ortakakil.spaces.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ortakakil.shared.LocalizedText;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One phase of a process. The key stays the same while the phase is edited or moved, so events and
 * pins can refer to it.
 */
@Table("space_phase")
record Phase(String phaseKey, String title, String description, LocalDate startsOn, LocalDate endsOn) {

	static Phase of(String key, PhaseDraft draft) {
		return new Phase(key, draft.title().toJson(), draft.description() == null ? null : draft.description().toJson(),
				draft.startsOn(), draft.endsOn());
	}

	/** The pinned phase if there is one, else the phase whose dates include the day. */
	static Optional<Phase> active(List<Phase> phases, String pinnedKey, LocalDate day) {
		if (pinnedKey != null) {
			return phases.stream().filter(p -> p.phaseKey().equals(pinnedKey)).findFirst();
		}
		return phases.stream().filter(p -> p.includes(day)).findFirst();
	}

	boolean isDated() {
		return startsOn != null && endsOn != null;
	}

	boolean includes(LocalDate day) {
		return isDated() && !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}

	/** Inclusive dates: a phase ending on the 10th and one starting on the 10th overlap. */
	boolean overlaps(Phase other) {
		return isDated() && other.isDated() && !startsOn.isAfter(other.endsOn) && !other.startsOn.isAfter(endsOn);
	}

	LocalizedText localizedTitle() {
		return LocalizedText.fromJson(title);
	}

	LocalizedText localizedDescription() {
		return LocalizedText.fromJson(description);
	}
}
