package org.ortakakil.meetings;

/** A person's place at a meeting: registered, on the waiting list (promoted in turn), or cancelled. */
public enum RegistrationStatus {
	REGISTERED, WAITING, CANCELLED
}
