package org.ortakakil.meetings;

/** Who calls the meeting: the space itself, a muhtar, a district coordinator or a council. */
public enum OrganiserKind {
	SPACE, MUHTAR, DISTRICT_COORDINATOR, COUNCIL
}
