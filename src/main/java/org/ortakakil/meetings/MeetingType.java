package org.ortakakil.meetings;

/** Where a meeting happens: at an address, online (the link is for registered attendees), or both. */
public enum MeetingType {
	IN_PERSON, ONLINE, HYBRID;

	public boolean hasPlace() {
		return this != ONLINE;
	}

	public boolean hasLink() {
		return this != IN_PERSON;
	}
}
