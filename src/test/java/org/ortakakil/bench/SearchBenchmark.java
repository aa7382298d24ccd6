package org.ortakakil.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.geography.Geography;
import org.ortakakil.search.internal.SearchDocument;
import org.ortakakil.search.internal.SearchEngine;
import org.ortakakil.search.internal.SearchIndex;
import org.ortakakil.search.internal.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test (no IT suffix: the build never runs it): search over {@code bench.documents} (default
 * 100,000) generated proposals with Turkish titles and bodies of 60 words (one in seven a real
 * word of a list of 36, the others from 5,000 made-up words with skewed frequencies), on the test database
 * (H2 by default, PostgreSQL with ORTAKAKIL_TEST_DB=postgresql). Indexes them through the index's batch
 * writer, then runs each query of a fixed list 40 times after a warm-up and prints p50 and p95 per query,
 * with how many documents it matched. Run with {@code bench/search.sh}.
 */
@IntegrationTest
class SearchBenchmark {

	static final long FIRST_ID = 5_000_000_000L;

	static final String[] TOPICS = { "park", "bisiklet yolu", "otobüs durağı", "deprem toplanma alanı", "çöp kutusu",
			"kütüphane", "sokak aydınlatması", "ağaçlandırma", "kreş", "yaya geçidi", "spor salonu", "halk pazarı",
			"su kesintisi", "engelli rampası", "sahil düzenlemesi", "ışıklı yürüyüş yolu" };
	static final String[] PLACES = { "Kadıköy", "Üsküdar", "Beşiktaş", "Şişli", "Fatih", "Bağcılar", "Esenyurt",
			"Sarıyer", "Ataşehir", "Pendik", "Kartal", "Maltepe", "Beyoğlu", "Eyüpsultan", "Çatalca", "Sultangazi" };
	static final String[] WORDS = { "mahallemizde", "çocuklar", "için", "güvenli", "bir", "alan", "yapılmasını",
			"öneriyoruz", "yaşlılar", "akşam", "saatlerinde", "İSTANBUL", "belediye", "bütçesi", "yeni", "eski",
			"onarım", "bakım", "gerekiyor", "komşular", "imza", "topladı", "okul", "önünde", "trafik", "yoğun",
			"ağaçlar", "parklar", "ışık", "yetersiz", "kış", "yaz", "yağmur", "sel", "altyapı", "kanalizasyon" };

	/** 5,000 made-up words of Turkish syllables, drawn with a skewed (roughly Zipf) frequency. */
	static final String[] FILLER = filler(5_000);

	static String[] filler(int count) {
		String[] syllables = { "ka", "le", "mi", "şo", "tu", "ra", "gü", "çe", "dı", "ön", "sa", "ya", "ber", "tal",
				"kır", "lar", "de", "zi", "pa", "ğu" };
		Random random = new Random(7);
		String[] words = new String[count];
		for (int i = 0; i < count; i++) {
			StringBuilder word = new StringBuilder();
			for (int s = 0; s < 2 + random.nextInt(3); s++) {
				word.append(syllables[random.nextInt(syllables.length)]);
			}
			words[i] = word.toString();
		}
		return words;
	}

	@Autowired
	SearchIndex index;

	@Autowired
	SearchEngine engine;

	@Autowired
	Geography geography;

	@Autowired
	JdbcClient jdbc;

	@Test
	void queriesOverAHundredThousandDocuments() {
		int total = Integer.getInteger("bench.documents", 100_000);
		jdbc.sql("DELETE FROM search_document_district WHERE doc_id >= ?").param(FIRST_ID).update();
		jdbc.sql("DELETE FROM search_document WHERE doc_id >= ?").param(FIRST_ID).update();
		List<Integer> districts = geography.districts().stream().map(d -> d.id()).toList();
		Random random = new Random(2050);
		long started = System.nanoTime();
		List<SearchDocument> batch = new ArrayList<>();
		for (int i = 0; i < total; i++) {
			String place = PLACES[random.nextInt(PLACES.length)];
			String title = place + " " + TOPICS[random.nextInt(TOPICS.length)] + " önerisi " + i;
			StringBuilder body = new StringBuilder();
			for (int w = 0; w < 60; w++) {
				String word = random.nextInt(100) < 15 ? WORDS[random.nextInt(WORDS.length)]
						: FILLER[(int) (FILLER.length * Math.pow(random.nextDouble(), 3))];
				body.append(word).append(w % 12 == 11 ? ". " : " ");
			}
			Set<Integer> scope = new HashSet<>();
			if (random.nextInt(5) > 0) {
				scope.add(districts.get(random.nextInt(districts.size())));
			}
			batch.add(new SearchDocument("proposal", FIRST_ID + i, "/proposals/" + (FIRST_ID + i),
					java.time.LocalDate.of(2026, 1, 1).plusDays(random.nextInt(330)), true, scope,
					List.of(new SearchDocument.Text("tr", title, body.toString()))));
			if (batch.size() == 1_000) {
				index.putAll(batch);
				batch.clear();
			}
		}
		index.putAll(batch);
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("bench: indexed %,d documents in %.1f s (%,.0f per second)%n", total, seconds, total / seconds);
		if (engine.postgres()) {
			jdbc.sql("ANALYZE search_document").update();
		}

		List<SearchQuery.Raw> queries = List.of(raw("park", null, null), raw("kütüphane", null, null),
				raw("KÜTÜPHANE kadıköy", null, null), raw("isikli yuruyus", null, null),
				raw("deprem toplanma", null, "kadikoy"), raw("parklar", null, null), raw("ışık", null, null),
				raw("sahil düzenlemesi", "proposal", null), raw("önerisi 12345", null, null),
				raw("zqyokboylebirsoz", null, null));
		System.out.printf("bench: %-32s %9s %9s %9s%n", "query", "matched", "p50 ms", "p95 ms");
		for (SearchQuery.Raw raw : queries) {
			SearchQuery query = SearchQuery.parse(raw, geography);
			for (int warm = 0; warm < 5; warm++) {
				engine.search(query, "tr");
			}
			int runs = 40;
			long[] nanos = new long[runs];
			long matched = 0;
			for (int i = 0; i < runs; i++) {
				long start = System.nanoTime();
				matched = engine.search(query, "tr").total();
				nanos[i] = System.nanoTime() - start;
			}
			String label = raw.q() + (raw.type() != null ? " type=" + raw.type() : "")
					+ (raw.district() != null ? " district=" + raw.district() : "");
			System.out.printf("bench: %-32s %9d %9.1f %9.1f%n", label, matched, ms(nanos, 50), ms(nanos, 95));
		}
		assertThat(engine.search(SearchQuery.parse(raw("kütüphane", null, null), geography), "tr").total()).isPositive();
	}

	static SearchQuery.Raw raw(String q, String type, String district) {
		return new SearchQuery.Raw(q, type, district, null, null, null, null);
	}

	static double ms(long[] nanos, int percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1_000_000.0;
	}
}
