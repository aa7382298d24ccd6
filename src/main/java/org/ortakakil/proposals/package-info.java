/**
 * Proposals: boards attached to a space (process or assembly) with settings per phase, proposals with
 * supports, official answers and custom states, attachments, participation offices and paper forms, open
 * data exports and the JSON API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Proposals")
package org.ortakakil.proposals;
