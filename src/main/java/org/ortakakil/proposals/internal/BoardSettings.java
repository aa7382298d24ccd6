package org.ortakakil.proposals.internal;

import org.ortakakil.shared.DomainException;

/**
 * What a board allows in one phase: creating proposals, supporting (with a limit per resident and a
 * threshold that qualifies a proposal), who may support, comments, and whether answers are published.
 * {@code answerDays} is the time evaluators have to answer a qualified proposal.
 */
public record BoardSettings(boolean creationOpen, boolean supportsOpen, Integer supportLimit, Integer supportThreshold,
		SupportScope supportScope, boolean commentsOpen, boolean answersPublished, int answerDays) {

	/** Who may support: verified residents of the space's scope, or of any district of the city. */
	public enum SupportScope { SPACE, ANY_DISTRICT }

	public BoardSettings {
		if (supportLimit != null && supportLimit < 1 || supportThreshold != null && supportThreshold < 1) {
			throw DomainException.invalid("proposals.settings-invalid");
		}
		if (answerDays < 1 || answerDays > 365) {
			throw DomainException.invalid("proposals.settings-invalid");
		}
		supportScope = supportScope == null ? SupportScope.SPACE : supportScope;
	}

	public static BoardSettings defaults() {
		return new BoardSettings(true, true, null, 100, SupportScope.SPACE, true, true, 30);
	}
}
