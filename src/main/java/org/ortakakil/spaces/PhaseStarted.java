package org.ortakakil.spaces;

import java.time.LocalDate;

/** A phase of a process began today (or was pinned as the current one). */
public record PhaseStarted(long processId, String phaseKey, LocalDate on) {
}
