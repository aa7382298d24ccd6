package org.ortakakil.spaces.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Province;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.AssemblyType;
import org.ortakakil.spaces.MemberPosition;
import org.ortakakil.spaces.ScopeType;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo's spaces, created once on an empty database: the two flagship processes, the council
 * hierarchy with 39 district councils, the desks, a science board and the Marmara centre. Phase
 * dates are relative to today, so the demo always has something active.
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class DemoSpaces implements ApplicationRunner {

	private static final Properties TEXTS = load("demo/texts.properties");

	private final ProcessAdministration admin;
	private final AssemblyAdministration assemblies;
	private final Processes processes;
	private final Geography geography;
	private final Clock clock;

	DemoSpaces(ProcessAdministration admin, AssemblyAdministration assemblies, Processes processes,
			Geography geography, Clock clock) {
		this.admin = admin;
		this.assemblies = assemblies;
		this.processes = processes;
		this.geography = geography;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (processes.existsBySlug("vizyon-2050")) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		createProcesses(today);
		createAssemblies();
	}

	private void createProcesses(LocalDate today) {
		long vision = process("vizyon-2050", translated("vision.title"), translated("vision.description"),
				ScopeType.CITY, Set.of(), null);
		phase(vision, "vision.phase.information", today.minusMonths(6), today.minusMonths(3));
		phase(vision, "vision.phase.co-creation", today.minusMonths(3).plusDays(1), today.plusMonths(3));
		phase(vision, "vision.phase.monitoring", today.plusMonths(3).plusDays(1),
				today.plusYears(2));

		long budget = process("katilimci-butce-2027", translated("budget.title"), translated("budget.description"),
				ScopeType.CITY, Set.of(), null);
		phase(budget, "budget.phase.ideas", today.minusMonths(5), today.minusMonths(3));
		phase(budget, "budget.phase.review", today.minusMonths(3).plusDays(1), today.minusMonths(1));
		phase(budget, "budget.phase.voting", today.minusMonths(1).plusDays(1), today.plusMonths(1));
		phase(budget, "budget.phase.results", today.plusMonths(1).plusDays(1), today.plusYears(1));

		long coast = process("kadikoy-sahil-duzenlemesi", text("Kadıköy Sahil Düzenlemesi", "Kadıköy Seafront Plan"),
				text("Moda ve Caddebostan arasındaki sahil için mahalle buluşmaları.",
						"Neighbourhood meetings on the seafront between Moda and Caddebostan."),
				ScopeType.DISTRICTS, Set.of(district("kadikoy")), null);
		phase(coast, text("Buluşmalar", "Meetings"), today.plusDays(10), today.plusMonths(2));

		long past = process("adalar-ulasim-2025", text("Adalar Ulaşım Planı 2025", "Islands Transport Plan 2025"),
				text("Adalar'da faytonsuz ulaşım üzerine tamamlanmış süreç.",
						"A completed process on transport in the Islands after the carriages."),
				ScopeType.DISTRICTS, Set.of(district("adalar")), null);
		phase(past, text("Öneriler", "Proposals"), today.minusYears(1).minusMonths(2), today.minusYears(1));
	}

	private void createAssemblies() {
		long council = assembly("istanbul-kent-konseyi", AssemblyType.CITY_COUNCIL,
				text("İstanbul Kent Konseyi", "İstanbul City Council"), null, Set.of(), Set.of());
		member(council, "Ayşe Demir", MemberPosition.PRESIDENT);
		member(council, "Mehmet Kaya", MemberPosition.VICE_PRESIDENT);
		member(council, "Zeynep Arslan", MemberPosition.SECRETARY);
		long desk = assembly("ilce-kent-konseyleri-koordinasyon-masasi", AssemblyType.COORDINATION_DESK,
				text("İlçe Kent Konseyleri Koordinasyon Masası", "District City Councils Coordination Desk"), council,
				Set.of(), Set.of());
		member(desk, "Elif Şahin", MemberPosition.PRESIDENT);
		for (District district : geography.districts()) {
			assembly(district.slug() + "-kent-konseyi", AssemblyType.DISTRICT_COUNCIL,
					text(district.name() + " Kent Konseyi", district.name() + " City Council"), desk,
					Set.of(district.id()), Set.of());
		}
		long neighbours = assembly("kadikoy-uskudar-atasehir-komsu-ilceler-cozum-masasi",
				AssemblyType.NEIGHBOURING_DISTRICTS_DESK,
				text("Komşu İlçeler Çözüm Masası: Kadıköy–Üsküdar–Ataşehir",
						"Neighbouring Districts Solution Desk: Kadıköy–Üsküdar–Ataşehir"),
				desk, Set.of(district("kadikoy"), district("uskudar"), district("atasehir")), Set.of());
		member(neighbours, "Can Yıldız", MemberPosition.SECRETARY);
		long board = assembly("deprem-bilim-kurulu", AssemblyType.SCIENCE_BOARD,
				text("Deprem Bilim Kurulu", "Earthquake Science Board"), council, Set.of(), Set.of());
		member(board, "Prof. Dr. Deniz Aydın", MemberPosition.PRESIDENT);
		member(board, "Doç. Dr. Selin Çelik", MemberPosition.MEMBER);
		member(board, "Dr. Kerem Öztürk", MemberPosition.MEMBER);
		Set<Integer> marmara = geography.marmaraProvinces().stream().map(Province::id).collect(Collectors.toSet());
		long centre = assembly("marmara-bolgesel-koordinasyon-merkezi", AssemblyType.REGIONAL_CENTRE,
				text("Marmara Bölgesel Koordinasyon Merkezi", "Marmara Regional Coordination Centre"), null, Set.of(),
				marmara);
		member(centre, "Hülya Koç", MemberPosition.PRESIDENT);
	}

	private long process(String slug, LocalizedText title, LocalizedText description, ScopeType scope,
			Set<Integer> districts, Integer neighbourhood) {
		long id = admin.createProcess(new ProcessDraft(new Slug(slug), title, description, scope, districts, neighbourhood),
				Actor.SYSTEM);
		admin.setProcessPublished(id, true, Actor.SYSTEM);
		return id;
	}

	private void phase(long process, String textKey, LocalDate start, LocalDate end) {
		phase(process, translated(textKey), start, end);
	}

	private void phase(long process, LocalizedText title, LocalDate start, LocalDate end) {
		admin.addPhase(process, new PhaseDraft(title, null, start, end), Actor.SYSTEM);
	}

	private long assembly(String slug, AssemblyType type, LocalizedText title, Long parent, Set<Integer> districts,
			Set<Integer> provinces) {
		long id = assemblies.createAssembly(new AssemblyDraft(new Slug(slug), type, title, null, parent, districts, provinces),
				Actor.SYSTEM);
		assemblies.setAssemblyPublished(id, true, Actor.SYSTEM);
		return id;
	}

	private void member(long assembly, String name, MemberPosition position) {
		assemblies.addMember(assembly, new Member(name, position, null), Actor.SYSTEM);
	}

	private int district(String slug) {
		return geography.requireDistrict(slug).id();
	}

	/** A demo text in every language it was written in (demo/texts.properties). */
	private static LocalizedText translated(String key) {
		Map<String, String> values = new HashMap<>();
		TEXTS.stringPropertyNames().stream().filter(name -> name.startsWith(key + "."))
			.forEach(name -> values.put(name.substring(key.length() + 1), TEXTS.getProperty(name)));
		return new LocalizedText(values);
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The demo texts are part of the application: " + resource, e);
		}
		return properties;
	}

	private static LocalizedText text(String turkish, String english) {
		return new LocalizedText(Map.of("tr", turkish, "en", english));
	}
}
