package org.ortakakil.requests;

/** Where a request came in: the site, an Open311 client, a muhtar, the call centre, an office or staff in the field. */
public enum Channel {
	WEB, OPEN311, MUHTAR, CALL_CENTRE, OFFICE, FIELD
}
