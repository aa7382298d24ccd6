package org.ortakakil.moderation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the moderation module ({@code ortakakil.moderation.*}).
 *
 * @param hideAfter how many open reports by different people hide a piece of content pending review
 */
@ConfigurationProperties("ortakakil.moderation")
public record ModerationProperties(@DefaultValue("3") int hideAfter) {

	public ModerationProperties {
		if (hideAfter < 1) {
			throw new IllegalArgumentException("ortakakil.moderation.hide-after must be at least 1");
		}
	}
}
