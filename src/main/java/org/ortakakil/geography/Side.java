package org.ortakakil.geography;

/** Which side of the Bosphorus a district lies on. Adalar (the islands) counts as Asia. */
public enum Side { EUROPE, ASIA }
