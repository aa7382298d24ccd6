/**
 * Moderation: reports on proposals, comments and users; hiding content after a configurable number of
 * reports, pending review; the moderators' queue (hide, restore, block a user); every act audited and the
 * author told why.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation")
package org.ortakakil.moderation;
