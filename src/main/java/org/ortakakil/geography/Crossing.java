package org.ortakakil.geography;

/** How two neighbouring districts meet: a shared land border, or a short distance across water. */
public enum Crossing { LAND, WATER }
