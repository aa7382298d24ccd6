package org.ortakakil.comments;

import java.util.Optional;

import org.ortakakil.shared.ResourceRef;
import org.springframework.stereotype.Component;

/**
 * A test double: things of type {@code test-thing} that may be commented on, open unless their id starts with
 * {@code closed}. Their page is their thread's own page.
 */
@Component
public class TestThings implements Commentable {

	public static final String TYPE = "test-thing";

	@Override
	public Optional<Target> describe(ResourceRef resource) {
		if (!TYPE.equals(resource.type())) {
			return Optional.empty();
		}
		return Optional.of(new Target(resource, "Deneme konusu " + resource.id(), "/comments?target=" + resource, null,
				!resource.id().startsWith("closed")));
	}
}
