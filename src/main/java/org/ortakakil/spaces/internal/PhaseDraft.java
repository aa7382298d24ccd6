package org.ortakakil.spaces.internal;

import java.time.LocalDate;

import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;

/** A phase as an administrator writes it; dates are inclusive and may be left open. */
public record PhaseDraft(LocalizedText title, LocalizedText description, LocalDate startsOn, LocalDate endsOn) {

	public PhaseDraft {
		if (title == null) {
			throw DomainException.invalid("phase.title-required");
		}
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			throw DomainException.invalid("phase.end-before-start");
		}
	}
}
