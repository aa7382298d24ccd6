/**
 * Participatory spaces: processes with phases, and assemblies (councils, desks, boards, centres)
 * with members. Feature modules attach to a space by id and react to {@link PhaseStarted} and
 * {@link PhaseEnded}; this module knows nothing of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participatory spaces")
package org.ortakakil.spaces;
