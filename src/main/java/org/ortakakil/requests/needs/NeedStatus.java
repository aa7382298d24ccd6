package org.ortakakil.requests.needs;

/** Where a neighbourhood need stands; a done or dropped need keeps its place in the list, as a record. */
public enum NeedStatus {
	PROPOSED, PLANNED, IN_PROGRESS, DONE, DROPPED
}
