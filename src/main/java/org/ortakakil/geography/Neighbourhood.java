package org.ortakakil.geography;

/** A neighbourhood (mahalle); its slug is unique within its district. */
public record Neighbourhood(int id, int districtId, String slug, String name, long population) {
}
