package org.ortakakil.moderation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.ortakakil.shared.ResourceRef;
import org.springframework.stereotype.Component;

/**
 * A stand-in for the proposals and comments modules in tests: comment-like items of type {@code test-item},
 * kept in memory, with an author, a text and a space.
 */
@Component
public class TestItems implements ModeratedContent {

	public static final String TYPE = "test-item";

	private record Item(String author, String text, ResourceRef space, boolean hidden) {
	}

	private final AtomicLong ids = new AtomicLong(System.nanoTime() % 1_000_000_000L);
	private final Map<String, Item> items = new ConcurrentHashMap<>();

	public ResourceRef add(String author, String text, ResourceRef space) {
		String id = String.valueOf(ids.incrementAndGet());
		items.put(id, new Item(author, text, space, false));
		return new ResourceRef(TYPE, id);
	}

	public boolean hidden(ResourceRef ref) {
		return items.get(ref.id()).hidden();
	}

	@Override
	public Optional<Content> describe(ResourceRef resource) {
		if (!TYPE.equals(resource.type())) {
			return Optional.empty();
		}
		return Optional.ofNullable(items.get(resource.id())).map(item -> new Content(resource, item.author(), item.text(),
				"/test-items/" + resource.id(), item.space(), item.hidden()));
	}

	@Override
	public void setHidden(ResourceRef resource, boolean hidden) {
		items.computeIfPresent(resource.id(), (id, item) -> new Item(item.author(), item.text(), item.space(), hidden));
	}
}
