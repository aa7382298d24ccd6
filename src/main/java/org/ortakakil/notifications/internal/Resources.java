package org.ortakakil.notifications.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.ortakakil.comments.Commentable;
import org.ortakakil.geography.Geography;
import org.ortakakil.proposals.Proposals;
import org.ortakakil.shared.ResourceRef;
import org.ortakakil.spaces.Spaces;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a followed resource is called and where its page is, asked of the module that owns it: proposals,
 * spaces, districts, and anything else commented on (through {@link Commentable}).
 */
@Component
public class Resources {

	/** The resources a person may follow with the follow button. */
	public static final Set<String> FOLLOWABLE = Set.of("proposal", "process", "assembly", "district");

	/** A resource as the follows page shows it. */
	public record Described(ResourceRef resource, String title, String path) {
	}

	private final ObjectProvider<Proposals> proposals;
	private final Spaces spaces;
	private final Geography geography;
	private final List<Commentable> commentables;

	Resources(ObjectProvider<Proposals> proposals, Spaces spaces, Geography geography,
			List<Commentable> commentables) {
		this.proposals = proposals;
		this.spaces = spaces;
		this.geography = geography;
		this.commentables = commentables;
	}

	public Optional<Described> describe(ResourceRef ref, Locale locale) {
		try {
			switch (ref.type()) {
				case "proposal": {
					Proposals all = proposals.getIfAvailable();
					long id = Long.parseLong(ref.id());
					return all == null ? Optional.empty()
							: all.find(id).map(p -> new Described(ref, p.title(), all.path(id)));
				}
				case "process":
					return spaces.process(Long.parseLong(ref.id()))
						.map(p -> new Described(ref, p.title().in(locale), "/processes/" + p.slug()));
				case "assembly":
					return spaces.assembly(Long.parseLong(ref.id()))
						.map(a -> new Described(ref, a.title().in(locale), "/assemblies/" + a.slug()));
				case "district":
					return geography.district(Integer.parseInt(ref.id()))
						.map(d -> new Described(ref, d.name(), "/districts/" + d.slug()));
				default:
					return commentables.stream().flatMap(c -> c.describe(ref).stream()).findFirst()
						.map(t -> new Described(ref, t.title(), t.path()));
			}
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}
}
