package org.ortakakil.geography;

/** A district next to another one, by land or across water. */
public record Neighbour(String slug, String name, Crossing crossing, int distanceMetres) {
}
