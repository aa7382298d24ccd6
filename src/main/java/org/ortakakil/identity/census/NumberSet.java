package org.ortakakil.identity.census;

/**
 * The numbers an import has already accepted, to find a number given twice in one file: an
 * open-addressing set of {@code long}, 16 bytes per row at most (16 MB for a million residents), far
 * less than a set of strings. Lives only as long as the import; never stored, never logged.
 */
final class NumberSet {

	private long[] slots = new long[1 << 16];
	private int size;

	/** Adds a positive number; false if it was there already. */
	boolean add(long number) {
		if (size * 2 >= slots.length) {
			grow();
		}
		int mask = slots.length - 1;
		int i = mix(number) & mask;
		while (slots[i] != 0) {
			if (slots[i] == number) {
				return false;
			}
			i = (i + 1) & mask;
		}
		slots[i] = number;
		size++;
		return true;
	}

	int size() {
		return size;
	}

	private void grow() {
		long[] old = slots;
		slots = new long[old.length * 2];
		int mask = slots.length - 1;
		for (long number : old) {
			if (number != 0) {
				int i = mix(number) & mask;
				while (slots[i] != 0) {
					i = (i + 1) & mask;
				}
				slots[i] = number;
			}
		}
	}

	private static int mix(long number) {
		long h = number * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32));
	}
}
