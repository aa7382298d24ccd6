package org.ortakakil.identity.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Sorting an import's accepted lines through temporary runs gives every line once, in hash order. */
class CensusSortTest {

	static List<CensusSort.Entry> entries(int count) {
		Random random = new Random(2050);
		List<CensusSort.Entry> entries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			byte[] hash = new byte[32];
			random.nextBytes(hash);
			entries.add(new CensusSort.Entry(HexFormat.of().formatHex(hash), LocalDate.ofEpochDay(random.nextInt(20_000)),
					40_000 + random.nextInt(900), 1100 + random.nextInt(40)));
		}
		return entries;
	}

	static List<CensusSort.Entry> sortThrough(CensusSort sort, List<CensusSort.Entry> entries) {
		entries.forEach(sort::add);
		List<CensusSort.Entry> sorted = new ArrayList<>();
		sort.sorted().forEachRemaining(sorted::add);
		return sorted;
	}

	@Test
	void severalRunsAreMergedInHashOrder() throws Exception {
		List<CensusSort.Entry> entries = entries(2_345);
		try (CensusSort sort = new CensusSort(1_000)) {
			assertThat(sortThrough(sort, entries))
				.isEqualTo(entries.stream().sorted(Comparator.comparing(CensusSort.Entry::hash)).toList());
		}
	}

	@Test
	void fewerLinesThanARunAreSortedInMemory() throws Exception {
		List<CensusSort.Entry> entries = entries(17);
		try (CensusSort sort = new CensusSort(1_000)) {
			assertThat(sortThrough(sort, entries)).isSortedAccordingTo(Comparator.comparing(CensusSort.Entry::hash))
				.containsExactlyInAnyOrderElementsOf(entries);
		}
		try (CensusSort sort = new CensusSort(1_000)) {
			assertThat(sort.sorted()).isExhausted();
		}
	}
}
