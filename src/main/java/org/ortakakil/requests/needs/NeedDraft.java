package org.ortakakil.requests.needs;

import java.math.BigDecimal;

import org.ortakakil.shared.DomainException;

/**
 * A need as the muhtar typed it, checked: a title, an optional description and an optional estimated
 * cost in Turkish lira (see {@link Lira}). An invalid draft cannot exist.
 */
record NeedDraft(String title, String description, BigDecimal estimatedCost) {

	static final int TITLE_MAX = 200;
	static final int DESCRIPTION_MAX = 4000;

	NeedDraft {
		title = title == null ? "" : title.strip();
		if (title.isEmpty()) {
			throw DomainException.invalid("needs.title.missing");
		}
		if (title.length() > TITLE_MAX) {
			throw DomainException.invalid("needs.title.too-long", TITLE_MAX);
		}
		description = description == null || description.isBlank() ? null : description.strip();
		if (description != null && description.length() > DESCRIPTION_MAX) {
			throw DomainException.invalid("needs.description.too-long", DESCRIPTION_MAX);
		}
	}

	static NeedDraft typed(String title, String description, String cost) {
		return new NeedDraft(title, description, Lira.parse(cost));
	}
}
