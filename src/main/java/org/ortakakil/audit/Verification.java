package org.ortakakil.audit;

/**
 * The result of checking the whole chain.
 *
 * @param entriesChecked how many entries were read
 * @param firstBrokenSequence the first entry that was changed, removed or is out of place; null if intact
 * @param reason why that entry breaks the chain: {@code changed}, {@code missing} or {@code unlinked}
 */
public record Verification(long entriesChecked, Long firstBrokenSequence, String reason) {

	public boolean intact() {
		return firstBrokenSequence == null;
	}
}
