package org.ortakakil.spaces;

/** Whom a process concerns: the whole city, some districts, or one neighbourhood. */
public enum ScopeType { CITY, DISTRICTS, NEIGHBOURHOOD }
