package org.ortakakil.proposals.internal;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals of the same board whose titles resemble a title being typed, so a resident supports an
 * existing proposal instead of writing it again. The database narrows to titles sharing a word stem
 * (plain LIKE on the folded title: the same on H2 and PostgreSQL); {@link TitleSimilarity} ranks them.
 */
@Service
@Transactional(readOnly = true)
public class SimilarProposals {

	/** A similar proposal and its score between 0 and 1. */
	public record Similar(long id, String title, int supportCount, double score) {
	}

	static final double MIN_SCORE = 0.3;

	private final ProposalStore store;

	SimilarProposals(ProposalStore store) {
		this.store = store;
	}

	public List<Similar> to(long boardId, String title, int limit) {
		String folded = TitleSimilarity.fold(title);
		List<String> words = TitleSimilarity.words(folded).stream().limit(6).toList();
		if (words.isEmpty()) {
			return List.of();
		}
		return store.candidates(boardId, words, 300).stream()
			.map(c -> new Similar(c.id(), c.title(), c.supportCount(), TitleSimilarity.score(folded, c.folded())))
			.filter(s -> s.score() >= MIN_SCORE)
			.sorted(Comparator.comparingDouble(Similar::score).reversed().thenComparing(Similar::supportCount,
					Comparator.reverseOrder()))
			.limit(limit)
			.toList();
	}
}
