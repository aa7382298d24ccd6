package org.ortakakil.budgeting.internal;

import org.ortakakil.shared.Actor;

/** Voting in a participatory budget has closed: its results are to be computed, once. */
public record VotingClosed(long pbId, Actor actor) {
}
