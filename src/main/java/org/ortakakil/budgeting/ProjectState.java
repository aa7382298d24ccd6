package org.ortakakil.budgeting;

/** An idea until technical review finds it feasible (with a cost) or not (with a reason), or merges it. */
public enum ProjectState { IDEA, FEASIBLE, NOT_FEASIBLE, MERGED, WITHDRAWN }
