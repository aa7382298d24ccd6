package org.ortakakil.requests.internal;

import static org.ortakakil.requests.AttributeDatatype.datetime;
import static org.ortakakil.requests.AttributeDatatype.multivaluelist;
import static org.ortakakil.requests.AttributeDatatype.number;
import static org.ortakakil.requests.AttributeDatatype.singlevaluelist;
import static org.ortakakil.requests.AttributeDatatype.string;
import static org.ortakakil.requests.AttributeDatatype.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ortakakil.requests.AttributeDatatype;
import org.ortakakil.requests.AttributeValue;
import org.ortakakil.requests.Priority;
import org.ortakakil.requests.ServiceGroup;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's service catalogue, created once on an empty catalogue: 25 categories of what İstanbul's
 * residents report, in every group, with attributes of every GeoReport datatype, urgent street-side
 * categories for the motorized teams, two private social-support categories and a few district rules
 * (street lights on the Anatolian side go to the Anatolian lighting unit).
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class DemoCatalogue implements ApplicationRunner {

	private static final int KADIKOY = 1421;
	private static final int USKUDAR = 1708;
	private static final int ATASEHIR = 2049;
	private static final int FATIH = 1327;
	private static final int BEYOGLU = 1186;

	private final CatalogueAdministration administration;
	private final CatalogueStore store;

	DemoCatalogue(CatalogueAdministration administration, CatalogueStore store) {
		this.administration = administration;
		this.store = store;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!store.all().isEmpty()) {
			return;
		}
		lighting();
		roads();
		water();
		waste();
		parks();
		animals();
		traffic();
		accessibility();
		noise();
		other();
	}

	private void lighting() {
		category("sokak-lambasi-yanmiyor", "Sokak lambası yanmıyor", "Street light out",
				"Yanmayan, yanıp sönen ya da gündüz yanan sokak lambası.",
				"A street light that is out, flickers or stays on by day.", ServiceGroup.LIGHTING,
				"lamba, aydınlatma, direk, karanlık", false, true, "aydinlatma", hours(12, 24, 72, 168));
		attribute("sokak-lambasi-yanmiyor", "POLE", string, false, "Direğin üzerindeki numara", "The number on the pole",
				"Örnek: KDK-04512");
		attribute("sokak-lambasi-yanmiyor", "LIGHTS_OUT", number, true, "Kaç lamba yanmıyor?", "How many lights are out?",
				null);
		attribute("sokak-lambasi-yanmiyor", "NOTICED_AT", datetime, false, "Ne zaman fark ettiniz?",
				"When did you notice it?", null);
		for (int district : List.of(KADIKOY, USKUDAR, ATASEHIR)) {
			administration.setRouting("sokak-lambasi-yanmiyor", district, "aydinlatma-anadolu", Actor.SYSTEM);
		}
		category("park-aydinlatmasi-arizali", "Park aydınlatması arızalı", "Park lighting broken",
				"Park ve yürüyüş yollarında yanmayan aydınlatma.", "Lighting out in a park or on a footpath.",
				ServiceGroup.LIGHTING, "park, lamba, gece", false, false, "aydinlatma", hours(24, 48, 96, 240));
	}

	private void roads() {
		category("yolda-cukur", "Yolda çukur", "Pothole", "Araç ve bisiklet için tehlikeli yol çukuru.",
				"A pothole dangerous to vehicles and bicycles.", ServiceGroup.ROADS, "çukur, asfalt, yol, bozuk yol",
				false, true, "yol-bakim", hours(24, 72, 168, 336));
		attribute("yolda-cukur", "SIZE", singlevaluelist, true, "Çukur ne büyüklükte?", "How big is the pothole?", null,
				value("small", "Küçük (30 cm’den az)", "Small (under 30 cm)"),
				value("medium", "Orta (30–100 cm)", "Medium (30–100 cm)"),
				value("large", "Büyük (1 m’den fazla)", "Large (over 1 m)"));
		category("kaldirim-bozuk", "Kaldırım bozuk", "Broken pavement",
				"Kırık, yerinden oynamış ya da eksik kaldırım taşı.", "Cracked, loose or missing paving stones.",
				ServiceGroup.ROADS, "kaldırım, parke, taş, yaya", false, false, "yol-bakim", hours(48, 120, 240, 480));
		category("rogar-kapagi-yok", "Rögar kapağı yok", "Missing manhole cover",
				"Açık kalmış ya da kırık rögar kapağı: düşme tehlikesi.",
				"An open or broken manhole cover: a danger of falling in.", ServiceGroup.ROADS,
				"rögar, kapak, mazgal, tehlike", false, true, "iski", hours(2, 6, 24, 48));
		administration.setRouting("rogar-kapagi-yok", BEYOGLU, "yol-bakim", Actor.SYSTEM);
		category("kaldirimda-kar-buz", "Kaldırımda kar ve buz", "Snow and ice on the pavement",
				"Kar ya da buz nedeniyle kaygan yaya yolu.", "A footpath slippery with snow or ice.",
				ServiceGroup.ROADS, "kar, buz, tuzlama, kış", false, true, "yol-bakim", hours(4, 12, 24, 48));
	}

	private void water() {
		category("su-kacagi", "Su kaçağı", "Water leak", "Yoldan ya da kaldırımdan fışkıran veya sızan su.",
				"Water gushing or seeping from the road or pavement.", ServiceGroup.WATER, "su, boru, patlak, kaçak",
				false, true, "iski", hours(4, 12, 48, 96));
		category("tikali-mazgal", "Tıkalı mazgal", "Blocked drain", "Yağmur suyunu almayan, tıkanmış yağmur ızgarası.",
				"A storm drain that is blocked and does not take rain water.", ServiceGroup.WATER,
				"mazgal, ızgara, yağmur, tıkanık", false, false, "iski", hours(12, 48, 96, 168));
		category("su-baskini", "Su baskını", "Flooding", "Sokakta, alt geçitte ya da bodrumda su birikmesi.",
				"Water standing in a street, an underpass or a basement.", ServiceGroup.WATER,
				"sel, baskın, su birikintisi", false, true, "iski", hours(2, 6, 24, 48));
		administration.setRouting("su-baskini", FATIH, "afet-koordinasyon", Actor.SYSTEM);
	}

	private void waste() {
		category("konteyner-tasmis", "Çöp konteyneri taşmış", "Overflowing waste container",
				"Dolmuş ya da etrafına çöp taşmış konteyner.", "A full waste container with rubbish around it.",
				ServiceGroup.WASTE, "çöp, konteyner, toplama", false, false, "temizlik", hours(6, 12, 24, 48));
		category("kacak-dokum", "Kaçak döküm", "Illegal dumping",
				"Moloz, eşya ya da çöpün izinsiz bırakıldığı yer.", "Rubble, furniture or rubbish left without permission.",
				ServiceGroup.WASTE, "moloz, döküm, eşya, hafriyat", false, false, "temizlik", hours(24, 48, 120, 240));
		attribute("kacak-dokum", "WASTE_TYPE", multivaluelist, true, "Ne tür atık var?", "What kind of waste is it?",
				null, value("rubble", "İnşaat molozu", "Building rubble"), value("furniture", "Eşya", "Furniture"),
				value("household", "Ev çöpü", "Household rubbish"), value("hazardous", "Tehlikeli atık", "Hazardous waste"));
		attribute("kacak-dokum", "DETAILS", text, false, "Gördüklerinizi anlatın", "Describe what you saw", null);
		category("duvar-yazisi", "Duvar yazısı", "Graffiti", "Kamu binası ya da alanındaki izinsiz yazı ve çizim.",
				"Unauthorised writing or drawing on a public building or space.", ServiceGroup.WASTE,
				"grafiti, yazı, boya", false, false, "temizlik", hours(48, 120, 240, 720));
	}

	private void parks() {
		category("devrilen-agac", "Devrilen ağaç", "Fallen tree", "Yolu ya da kaldırımı kapatan devrilmiş ağaç veya dal.",
				"A fallen tree or branch blocking a road or pavement.", ServiceGroup.PARKS, "ağaç, dal, fırtına",
				false, true, "park-bahce", hours(3, 12, 48, 96));
		category("oyun-alani-hasarli", "Oyun alanı hasarlı", "Damaged playground",
				"Kırık salıncak, kaydırak ya da tehlikeli oyun ekipmanı.",
				"A broken swing, slide or dangerous play equipment.", ServiceGroup.PARKS, "oyun parkı, çocuk, salıncak",
				false, false, "park-bahce", hours(12, 48, 120, 240));
		category("bank-kirik", "Kırık bank", "Broken bench", "Parkta ya da sahilde kırık oturma bankı.",
				"A broken bench in a park or on the shore.", ServiceGroup.PARKS, "bank, oturak, park", false, false,
				"park-bahce", hours(48, 120, 240, 480));
	}

	private void animals() {
		category("yarali-sokak-hayvani", "Yaralı sokak hayvanı", "Injured stray animal",
				"Yaralı ya da hasta kedi, köpek veya başka bir sokak hayvanı.",
				"An injured or sick cat, dog or other stray animal.", ServiceGroup.ANIMALS, "kedi, köpek, veteriner, yaralı",
				false, true, "veteriner", hours(2, 6, 24, 48));
		attribute("yarali-sokak-hayvani", "ANIMAL", singlevaluelist, true, "Hangi hayvan?", "Which animal?", null,
				value("cat", "Kedi", "Cat"), value("dog", "Köpek", "Dog"), value("bird", "Kuş", "Bird"),
				value("other", "Diğer", "Other"));
	}

	private void traffic() {
		category("trafik-lambasi-arizali", "Trafik lambası arızalı", "Faulty traffic light",
				"Yanmayan, sürekli yanıp sönen ya da yanlış çalışan trafik ışığı.",
				"A traffic light that is out, keeps flashing or works wrongly.", ServiceGroup.TRAFFIC,
				"sinyalizasyon, trafik ışığı, kavşak", false, true, "ulasim", hours(2, 6, 24, 48));
		category("terk-edilmis-arac", "Terk edilmiş araç", "Abandoned vehicle",
				"Uzun süredir kullanılmayan, plakasız ya da hurda araç.",
				"A vehicle left unused for a long time, without plates or wrecked.", ServiceGroup.TRAFFIC,
				"hurda, araç, otopark", false, false, "zabita", hours(48, 120, 240, 480));
		attribute("terk-edilmis-arac", "PLATE", string, false, "Plakası (varsa)", "Number plate (if any)", null);
		category("durak-hasarli", "Otobüs durağı hasarlı", "Damaged bus stop",
				"Camı kırık, oturağı ya da bilgi ekranı bozuk otobüs durağı.",
				"A bus stop with a broken pane, seat or information screen.", ServiceGroup.TRAFFIC, "durak, otobüs, İETT",
				false, false, "ulasim", hours(24, 72, 168, 336));
	}

	private void accessibility() {
		category("engelli-rampasi-kapali", "Engelli rampası kapalı", "Blocked wheelchair ramp",
				"Araç, eşya ya da inşaat nedeniyle kullanılamayan rampa.",
				"A ramp that cannot be used because of a vehicle, goods or building works.", ServiceGroup.ACCESSIBILITY,
				"rampa, tekerlekli sandalye, erişim", false, true, "zabita", hours(4, 12, 48, 96));
		category("hissedilebilir-yuzey-bozuk", "Hissedilebilir yüzey bozuk", "Broken tactile paving",
				"Görme engellilerin yol bulduğu kabartmalı yüzeyin kırık ya da kesik olması.",
				"Tactile paving for blind people that is broken or interrupted.", ServiceGroup.ACCESSIBILITY,
				"kılavuz iz, görme engelli, kabartma", false, false, "yol-bakim", hours(24, 72, 168, 336));
	}

	private void noise() {
		category("insaat-gurultusu", "İnşaat gürültüsü", "Noise from construction",
				"İzin verilen saatler dışında ya da aşırı yüksek inşaat gürültüsü.",
				"Construction noise outside the permitted hours, or far too loud.", ServiceGroup.NOISE,
				"gürültü, inşaat, gece çalışması", false, false, "zabita", hours(2, 12, 48, 96));
		attribute("insaat-gurultusu", "NOTICED_AT", datetime, true, "Gürültü ne zaman?", "When was the noise?",
				"Tarih ve saat");
		category("eglence-yeri-gurultusu", "Eğlence yeri gürültüsü", "Noise from a bar or venue",
				"Gece geç saatte yüksek müzik ya da kalabalık.", "Loud music or crowds late at night.",
				ServiceGroup.NOISE, "müzik, bar, gece", false, false, "zabita", hours(2, 12, 48, 96));
	}

	private void other() {
		category("sosyal-yardim-ihtiyaci", "Sosyal yardım ihtiyacı", "Social-assistance need",
				"Gıda, yakacak ya da temel ihtiyaç desteğine gereksinim duyan bir hane.",
				"A household that needs food, fuel or basic support.", ServiceGroup.OTHER, "yardım, gıda, destek, hane",
				true, false, "sosyal-hizmetler", hours(24, 72, 168, 336));
		attribute("sosyal-yardim-ihtiyaci", "HOUSEHOLD", number, false, "Hanede kaç kişi yaşıyor?",
				"How many people live in the household?", null);
		category("yasli-bakim-ziyareti", "Yaşlı bakım ziyareti talebi", "Elderly care visit request",
				"Yalnız yaşayan ya da bakıma ihtiyacı olan yaşlı bir komşu için ev ziyareti.",
				"A home visit for an older neighbour who lives alone or needs care.", ServiceGroup.OTHER,
				"yaşlı, bakım, ziyaret, evde destek", true, false, "sosyal-hizmetler", hours(24, 72, 168, 336));
		administration.setRouting("yasli-bakim-ziyareti", KADIKOY, "kadikoy-sosyal-hizmetler", Actor.SYSTEM);
	}

	private void category(String code, String turkish, String english, String descriptionTr, String descriptionEn,
			ServiceGroup group, String keywords, boolean isPrivate, boolean motorized, String unit,
			Map<Priority, Integer> targets) {
		administration.create(new CategoryDraft(code, LocalizedText.of(turkish, english),
				LocalizedText.of(descriptionTr, descriptionEn), group, CategoryDraft.keywords(keywords), isPrivate,
				motorized, true, unit, targets), Actor.SYSTEM);
	}

	private void attribute(String category, String code, AttributeDatatype datatype, boolean required, String turkish,
			String english, String datatypeDescription, AttributeValue... values) {
		administration.addAttribute(category, new AttributeDraft(code, datatype, required, true,
				LocalizedText.of(turkish, english), datatypeDescription, new ArrayList<>(List.of(values))), Actor.SYSTEM);
	}

	private static AttributeValue value(String key, String turkish, String english) {
		return new AttributeValue(key, LocalizedText.of(turkish, english));
	}

	private static Map<Priority, Integer> hours(int urgent, int high, int normal, int low) {
		Map<Priority, Integer> hours = new EnumMap<>(Priority.class);
		hours.put(Priority.URGENT, urgent);
		hours.put(Priority.HIGH, high);
		hours.put(Priority.NORMAL, normal);
		hours.put(Priority.LOW, low);
		return hours;
	}
}
