package org.ortakakil.notifications.internal;

import java.util.List;

import org.ortakakil.shared.ResourceRef;

/**
 * Who hears of an event: the followers of any of {@code followed}, and {@code alsoTo} whether they follow
 * or not, each once, never {@code except} (the person who did it; may be null).
 */
public record Audience(List<ResourceRef> followed, List<String> alsoTo, String except) {

	public Audience {
		followed = List.copyOf(followed);
		alsoTo = alsoTo.stream().filter(p -> p != null && !p.isBlank()).toList();
	}

	public static Audience followersOf(List<ResourceRef> followed, String except) {
		return new Audience(followed, List.of(), except);
	}
}
