package org.ortakakil.identity;

/**
 * Mail to a person, written to the outbox in the caller's transaction: nothing is sent for work that
 * is rolled back, nothing is lost while the mail server is down.
 */
public interface Mail {

	void send(String recipient, String subject, String body);
}
