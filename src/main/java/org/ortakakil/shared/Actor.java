package org.ortakakil.shared;

/**
 * Who did something and from which address: carried by commands and by the events they cause,
 * so the audit log can record an act after the request that caused it is gone. When staff act for a
 * resident who is present (an assisted session), {@code name} is the resident and {@code assistedBy}
 * the member of staff; otherwise {@code assistedBy} is null.
 */
public record Actor(String name, String address, String assistedBy) {

	public static final Actor SYSTEM = new Actor("system", "-");

	/** The request attribute under which the identity module leaves the actor of the request. */
	public static final String REQUEST_ATTRIBUTE = Actor.class.getName();

	public Actor {
		name = name == null || name.isBlank() ? "anonymous" : name;
		address = address == null || address.isBlank() ? "-" : address;
		assistedBy = assistedBy == null || assistedBy.isBlank() ? null : assistedBy;
	}

	public Actor(String name, String address) {
		this(name, address, null);
	}

	public boolean assisted() {
		return assistedBy != null;
	}
}
