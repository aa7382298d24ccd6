package org.ortakakil.spaces;

/** The two kinds of participatory space. */
public enum SpaceKind {
	PROCESS, ASSEMBLY;

	/** The {@link org.ortakakil.shared.ResourceRef} type of a space of this kind. */
	public String resourceType() {
		return this == PROCESS ? "process" : "assembly";
	}
}
