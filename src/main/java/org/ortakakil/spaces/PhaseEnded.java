package org.ortakakil.spaces;

import java.time.LocalDate;

/** A phase of a process is over: its end date has passed (or another phase was pinned). */
public record PhaseEnded(long processId, String phaseKey, LocalDate on) {
}
