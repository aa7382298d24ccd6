import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic resident census for the demo and the benchmark: {@code java bench/CensusCsv.java <rows> [seed]}
 * (from the repository root) prints {@code tckn,birth_date,mahalle_id} to stdout. The same rows and seed
 * always give the same file. Numbers have valid check digits and are all different; neighbourhoods are
 * the real ones of src/main/resources/geo/istanbul-mahalleler-2023.csv, every one of them used.
 * The first rows are the documented demo residents (README, "Demo census").
 */
public class CensusCsv {

	/** The demo residents: number, birth date, neighbourhood. */
	static final String[][] DEMO = {
		{ "10000000146", "1985-04-23", "40512" }, // Kadıköy, Caferağa
		{ "20000000046", "1990-05-19", "40811" }, // Üsküdar, Kuzguncuk
		{ "30000000014", "1975-10-29", "40232" }, // Beşiktaş, Bebek
		{ "40000000082", "2001-07-15", "99145" }, // Fatih, Balat
	};

	static final Path NEIGHBOURHOODS = Path.of("src/main/resources/geo/istanbul-mahalleler-2023.csv");
	static final LocalDate OLDEST = LocalDate.of(1930, 1, 1);
	static final LocalDate YOUNGEST = LocalDate.of(2008, 11, 26);
	static final long PREFIXES = 900_000_000L;

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: java bench/CensusCsv.java <rows> [seed]");
			System.exit(2);
		}
		long rows = Long.parseLong(args[0]);
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 2050;
		List<String> neighbourhoods = neighbourhoods();
		SplittableRandom random = new SplittableRandom(seed);
		long days = YOUNGEST.toEpochDay() - OLDEST.toEpochDay();
		long offset = Math.floorMod(seed * 104_729L + 12_345L, PREFIXES);
		try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.US_ASCII), 1 << 16)) {
			out.write("tckn,birth_date,mahalle_id\n");
			long written = 0;
			for (String[] resident : DEMO) {
				if (written++ < rows) {
					out.write(resident[0] + "," + resident[1] + "," + resident[2] + "\n");
				}
			}
			for (long i = 0; written < rows; i++) {
				// 7919 is prime to 900,000,000, so i -> prefix is one-to-one: no number twice
				long prefix = 100_000_000L + Math.floorMod(i * 7919L + offset, PREFIXES);
				String number = withCheckDigits(prefix);
				if (isDemo(number)) {
					continue;
				}
				LocalDate birth = OLDEST.plusDays(random.nextLong(days + 1));
				// the first rows cover every neighbourhood once, the rest fall anywhere
				String neighbourhood = i < neighbourhoods.size() ? neighbourhoods.get((int) i)
						: neighbourhoods.get(random.nextInt(neighbourhoods.size()));
				out.write(number + "," + birth + "," + neighbourhood + "\n");
				written++;
			}
		}
	}

	static String withCheckDigits(long prefix) {
		String nine = Long.toString(prefix);
		int[] d = new int[9];
		for (int k = 0; k < 9; k++) {
			d[k] = nine.charAt(k) - '0';
		}
		int odd = d[0] + d[2] + d[4] + d[6] + d[8];
		int even = d[1] + d[3] + d[5] + d[7];
		int tenth = Math.floorMod(odd * 7 - even, 10);
		int eleventh = (odd + even + tenth) % 10;
		return nine + tenth + eleventh;
	}

	static boolean isDemo(String number) {
		for (String[] resident : DEMO) {
			if (resident[0].equals(number)) {
				return true;
			}
		}
		return false;
	}

	static List<String> neighbourhoods() throws IOException {
		Path file = Files.exists(NEIGHBOURHOODS) ? NEIGHBOURHOODS : Path.of("..").resolve(NEIGHBOURHOODS);
		List<String> ids = new ArrayList<>();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",");
			if (fields.length >= 4 && !fields[3].isBlank()) {
				ids.add(fields[3].strip());
			}
		}
		return ids;
	}
}
