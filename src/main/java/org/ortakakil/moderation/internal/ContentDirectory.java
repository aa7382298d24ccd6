package org.ortakakil.moderation.internal;

import java.util.List;
import java.util.Optional;

import org.ortakakil.identity.Accounts;
import org.ortakakil.moderation.ModeratedContent;
import org.ortakakil.moderation.ModeratedContent.Content;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.stereotype.Component;

/**
 * What may be reported: content of the modules that implement {@link ModeratedContent}, asked in turn,
 * and accounts ({@code user:<principal>}), which this module describes itself. A user is never hidden,
 * only blocked, so {@code hidden} of a user is whether the account is blocked.
 */
@Component
public class ContentDirectory {

	public static final String USER = "user";

	private final List<ModeratedContent> contents;
	private final Accounts accounts;
	private final JdbcBlocks blocks;

	ContentDirectory(List<ModeratedContent> contents, Accounts accounts, JdbcBlocks blocks) {
		this.contents = contents;
		this.accounts = accounts;
		this.blocks = blocks;
	}

	/** The content, or NOT_FOUND when no module knows it. */
	public Content describe(ResourceRef resource) {
		if (USER.equals(resource.type())) {
			return accounts.displayName(resource.id())
				.map(name -> new Content(resource, resource.id(), name, null, null, blocks.isBlocked(resource.id())))
				.orElseThrow(() -> DomainException.notFound("moderation.unknown-content", resource.toString()));
		}
		return contents.stream().map(c -> c.describe(resource)).flatMap(Optional::stream).findFirst()
			.orElseThrow(() -> DomainException.notFound("moderation.unknown-content", resource.toString()));
	}

	/** Hides or shows content through the module that owns it. */
	void setHidden(ResourceRef resource, boolean hidden) {
		if (USER.equals(resource.type())) {
			throw DomainException.invalid("moderation.user-not-hideable");
		}
		ModeratedContent owner = contents.stream().filter(c -> c.describe(resource).isPresent()).findFirst()
			.orElseThrow(() -> DomainException.notFound("moderation.unknown-content", resource.toString()));
		owner.setHidden(resource, hidden);
	}
}
