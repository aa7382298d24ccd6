package org.ortakakil.requests.intake;

/** Whose a stored photo is: the request it shows, its reporter and unit, and whether only they may see it. */
record PhotoOwner(String reporter, String unit, boolean isPrivate) {
}
