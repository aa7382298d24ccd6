package org.ortakakil.proposals.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ortakakil.proposals.ProposalState;
import org.ortakakil.shared.LocalizedText;

/**
 * A proposal as its own pages need it. {@code bodyHtml} is the sanitized rendering of {@code body};
 * {@code answer} is the official answer (possibly not yet published: see {@code answerPublishedAt});
 * {@code answerOutcome} is the state publishing it leads to.
 */
public record Proposal(long id, long boardId, String title, String body, String bodyHtml, String language,
		String topic, List<Integer> sdgs, String scopeType, List<Integer> districtIds, Integer neighbourhoodId,
		Double lat, Double lon, String author, List<String> coauthors, String channel, ProposalState state,
		Long customStateId, int supportCount, boolean hidden, Instant qualifiedAt, LocalDate answerDue,
		String evaluator, LocalizedText answer, BigDecimal answerCost, ProposalState answerOutcome,
		Instant answerPublishedAt, Instant createdAt, Instant publishedAt, Instant updatedAt) {

	public boolean isAuthor(String principal) {
		return principal != null && (author.equals(principal) || coauthors.contains(principal));
	}

	public boolean answerPublished() {
		return answerPublishedAt != null;
	}

	public boolean qualified() {
		return qualifiedAt != null;
	}
}
