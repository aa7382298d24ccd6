package org.ortakakil.shared;

/**
 * Who did something and from which address: carried by commands and by the events they cause,
 * so the audit log can record an act after the request that caused it is gone.
 */
public record Actor(String name, String address) {

	public static final Actor SYSTEM = new Actor("system", "-");

	public Actor {
		name = name == null || name.isBlank() ? "anonymous" : name;
		address = address == null || address.isBlank() ? "-" : address;
	}
}
