package org.ortakakil.spaces;

/** Where a process stands today relative to its phases' dates. */
public enum TimeState { ACTIVE, UPCOMING, PAST, UNDATED }
