/**
 * Notifications: following a proposal, a space or a district; events of the other modules become
 * in-app notifications (a notification centre with an unread count) and e-mails, immediately or as a
 * daily digest, in each reader's language. Fan-out is set-based in the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.ortakakil.notifications;
