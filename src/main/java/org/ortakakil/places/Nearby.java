package org.ortakakil.places;

/** A place and how far it is, in a straight line, from where the asker stands. */
public record Nearby(PlaceView place, int distanceMetres) {
}
