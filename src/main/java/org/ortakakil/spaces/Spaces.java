package org.ortakakil.spaces;

import java.util.List;
import java.util.Optional;

/** What other modules may ask about spaces. Only published spaces are visible here. */
public interface Spaces {

	Optional<ProcessView> process(long id);

	Optional<ProcessView> process(String slug);

	Optional<AssemblyView> assembly(long id);

	Optional<AssemblyView> assembly(String slug);

	List<ProcessView> processes();

	List<AssemblyView> assemblies();

	/** Whether the person holds the role in the space. Global administrators are checked elsewhere. */
	boolean hasRole(SpaceKind kind, long spaceId, String principal, SpaceRole role);
}
