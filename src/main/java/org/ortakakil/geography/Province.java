package org.ortakakil.geography;

/** One of the eleven provinces of the Marmara region; the id is the licence-plate code. */
public record Province(int id, String slug, String name) {
}
