package org.ortakakil.budgeting.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.ortakakil.budgeting.BudgetStage;
import org.ortakakil.budgeting.ProjectState;
import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.spaces.Spaces;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's participatory budget, created once: Katılımcı Bütçe 2027 with a city-wide budget and the budgets
 * of Kadıköy and Beşiktaş, ideas from residents, the office and the muhtar, a technical review (some ideas
 * found not feasible, one merged), and voting open, so that a visitor can cast a ballot as
 * {@code sakin@ortakakil.demo} (a verified resident of Bebek, Beşiktaş). Projects the administration adds itself
 * carry the author {@code system}.
 */
@Component
@Profile("demo")
class DemoBudgeting {

	static final int KADIKOY = 1421;
	static final int BESIKTAS = 1183;

	private final Spaces spaces;
	private final PbStore store;
	private final PbAdministration admin;
	private final Accounts accounts;
	private final JdbcClient jdbc;

	DemoBudgeting(Spaces spaces, PbStore store, PbAdministration admin, Accounts accounts, JdbcClient jdbc) {
		this.spaces = spaces;
		this.store = store;
		this.admin = admin;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/** A demo project: title, text, topic, district and neighbourhood (or null), point (or null), cost. */
	private record Demo(String title, String body, String topic, Integer district, Integer neighbourhood, Double lat,
			Double lon, long cost) {
	}

	/** Once the application is ready: after the demo's spaces and accounts exist. */
	@EventListener(ApplicationReadyEvent.class)
	public void create() {
		var process = spaces.process("katilimci-butce-2027");
		if (process.isEmpty() || store.byProcess(process.get().id()).isPresent()) {
			return;
		}
		Actor system = Actor.SYSTEM;
		long pb = admin.create(process.get().id(), new PbSettings(org.ortakakil.budgeting.VotingScope.OWN_DISTRICT, 16,
				false, null, null, "equalshares/add1", 1), system);
		long city = admin.addBudget(pb, BudgetDraft.knapsack(LocalizedText.of("Kent geneli", "City-wide"), List.of(),
				new BigDecimal("50000000")), system);
		long kadikoy = admin.addBudget(pb, BudgetDraft.knapsack(LocalizedText.of("Kadıköy", "Kadıköy"),
				List.of(KADIKOY), new BigDecimal("8000000")), system);
		long besiktas = admin.addBudget(pb, BudgetDraft.knapsack(LocalizedText.of("Beşiktaş", "Beşiktaş"),
				List.of(BESIKTAS), new BigDecimal("6000000")), system);
		admin.moveTo(pb, BudgetStage.IDEAS, system);
		String resident = accounts.byEmail("sakin@ortakakil.demo").map(CurrentAccount::principal).orElse("system");
		String muhtar = accounts.byEmail("muhtar@ortakakil.demo").map(CurrentAccount::principal).orElse("system");
		Map<Long, List<Demo>> feasible = Map.of(city, List.of(
				new Demo("Toplanma alanlarına güneş enerjili aydınlatma",
						"Deprem toplanma alanlarının çoğu geceleri karanlık. Her alana güneş paneliyle çalışan aydınlatma ve acil durum tabelası.",
						"disaster-preparedness", null, null, null, null, 12_000_000),
				new Demo("Kütüphaneler hafta sonu da açık",
						"İlçe kütüphanelerinin cumartesi ve pazar günleri 10.00–20.00 arası açık kalması; öğrenciler ve çalışanlar için.",
						"culture", null, null, null, null, 8_500_000),
				new Demo("Metrobüs duraklarına engelsiz rampalar",
						"Rampası olmayan ya da dik rampalı 20 metrobüs durağının tekerlekli sandalye ve bebek arabasıyla kullanılabilir hale getirilmesi.",
						"transport", null, null, null, null, 15_000_000),
				new Demo("On yeni kent bostanı",
						"Kullanılmayan belediye arazilerinde, mahalle sakinlerinin birlikte ektiği on kent bostanı.",
						"environment", null, null, null, null, 9_000_000),
				new Demo("Mahalle afet gönüllüleri eğitimi",
						"Her mahalleden on gönüllüye ilk yardım, arama kurtarma ve toplanma alanı yönetimi eğitimi.",
						"disaster-preparedness", null, null, null, null, 6_000_000),
				new Demo("Üsküdar–Kadıköy sahil bisiklet yolu bağlantısı",
						"Harem ile Haydarpaşa arasındaki kopuk bisiklet yolunun tamamlanması; güvenli geçişler ve bisiklet parkları.",
						"transport", null, null, 41.0010, 29.0190, 18_000_000)),
				kadikoy, List.of(
						new Demo("Moda sahiline gölgelik ve çeşmeler",
								"Moda sahilinde yürüyüş yolu boyunca ağaçlandırma, gölgelikler ve içme suyu çeşmeleri.",
								"environment", KADIKOY, 40512, 40.9790, 29.0265, 1_800_000),
						new Demo("Yeldeğirmeni çocuk oyun alanı",
								"Yeldeğirmeni'ndeki eskimiş oyun alanının her çocuğun kullanabileceği şekilde yenilenmesi.",
								"social-services", KADIKOY, 40507, 40.9935, 29.0290, 2_400_000),
						new Demo("Fikirtepe mahalle kütüphanesi",
								"Fikirtepe'de çocuklar ve gençler için ders çalışma alanı olan küçük bir mahalle kütüphanesi.",
								"culture", KADIKOY, 40517, 40.9930, 29.0480, 3_500_000),
						new Demo("Caferağa'da yaya öncelikli sokaklar",
								"Caferağa'nın çarşı sokaklarında hafta sonları araç trafiğinin kapatılması ve oturma alanları.",
								"urban-planning", KADIKOY, 40512, 40.9875, 29.0270, 2_900_000),
						new Demo("Kozyatağı pazarına çatı",
								"Kozyatağı semt pazarının yağmur ve güneşe karşı kapatılması.",
								"economy", KADIKOY, 40529, 40.9770, 29.0990, 1_600_000)),
				besiktas, List.of(
						new Demo("Bebek sahilinde engelsiz iskele",
								"Bebek sahilindeki iskeleye tekerlekli sandalyeyle inilebilen rampa ve tutamaklar.",
								"transport", BESIKTAS, 40232, 41.0770, 29.0440, 1_500_000),
						new Demo("Abbasağa Parkı'nda gençlik merkezi",
								"Abbasağa Parkı'ndaki boş binada gençler için müzik ve atölye merkezi.",
								"culture", BESIKTAS, null, 41.0450, 29.0050, 2_800_000),
						new Demo("Ortaköy'de yaşlılar için gündüz evi",
								"Yalnız yaşayan yaşlılar için öğle yemeği, sağlık kontrolü ve etkinlik sunan gündüz evi.",
								"social-services", BESIKTAS, null, 41.0480, 29.0270, 2_600_000),
						new Demo("Levent'te bisiklet park yerleri",
								"Levent metro çıkışlarında güvenli, kapalı bisiklet park yerleri.",
								"transport", BESIKTAS, null, 41.0820, 29.0110, 700_000)));
		OffsetDateTime now = OffsetDateTime.now();
		feasible.forEach((budget, demos) -> demos.forEach(d -> {
			IdeaDraft draft = new IdeaDraft(d.title(), d.body(), "tr", d.topic(), d.district(), d.neighbourhood(), null,
					d.lat(), d.lon(), null);
			long id = Ideas.insert(jdbc, store.budget(budget), draft, ProjectState.IDEA, null, resident, "WEB", null, null,
					now);
			jdbc.sql("UPDATE pb_project SET state = 'FEASIBLE', cost = ?, reviewed_by = 'system', reviewed_at = ? WHERE id = ?")
				.params(BigDecimal.valueOf(d.cost()), now, id)
				.update();
		}));
		long bridge = Ideas.insert(jdbc, store.budget(city),
				new IdeaDraft("Boğaz'a teleferik", "Beşiktaş ile Üsküdar arasında Boğaz'ı geçen bir teleferik hattı.", "tr",
						"transport", null, null, null, null, null, new BigDecimal("45000000")),
				ProjectState.IDEA, null, resident, "WEB", null, null, now);
		jdbc.sql("UPDATE pb_project SET state = 'NOT_FEASIBLE', review_reason = ?, reviewed_by = 'system', reviewed_at = ? "
				+ "WHERE id = ?")
			.params("Boğaz'ı geçen bir hat, koruma kurulu izni ve bütçenin tamamını aşan bir maliyet gerektiriyor; "
					+ "katılımcı bütçenin kapsamında değil.", now, bridge)
			.update();
		Ideas.insert(jdbc, store.budget(kadikoy),
				new IdeaDraft("Caferağa'ya bank ve aydınlatma",
						"Muhtarlık olarak: Caferağa'nın ara sokaklarına bank ve aydınlatma istiyoruz.", "tr", "urban-planning",
						KADIKOY, 40512, null, null, null, null),
				ProjectState.IDEA, null, muhtar, "MUHTAR", null, null, now);
		admin.moveTo(pb, BudgetStage.REVIEW, system);
		admin.moveTo(pb, BudgetStage.VOTING, system);
	}
}
