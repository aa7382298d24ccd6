package org.ortakakil.identity.census;

/** A line of an import file that was refused, and why ({@code error.<reasonCode>} in the bundles). */
public record CensusProblem(long lineNo, String reasonCode) {
}
