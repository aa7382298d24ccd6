package org.ortakakil.notifications;

import org.ortakakil.shared.ResourceRef;

/**
 * Following: other modules make an author or supporter follow what they wrote or supported. Following
 * twice changes nothing. Resources followed: {@code proposal:<id>}, {@code process:<id>},
 * {@code assembly:<id>}, {@code district:<id>}.
 */
public interface Follows {

	void follow(String principal, ResourceRef resource);

	void unfollow(String principal, ResourceRef resource);

	boolean follows(String principal, ResourceRef resource);
}
