package org.ortakakil.requests;

/** How soon a request must be resolved; each category has a target time per priority. */
public enum Priority {
	URGENT, HIGH, NORMAL, LOW
}
