package org.ortakakil.places.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ortakakil.geography.GeoPoint;
import org.ortakakil.places.OpeningHours;
import org.ortakakil.places.PlaceService;
import org.ortakakil.places.PlaceType;
import org.ortakakil.places.TimetableStop;
import org.ortakakil.places.Wifi;
import org.ortakakil.places.WifiStatus;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's places, created once: solution points, a mobile solution centre that stands in Kartal,
 * Ataşehir and Üsküdar on weekdays, Wi-Fi hotspots (one of them down), the Kadıköy participation
 * office (whose key the identity module's demo clerk works at), three civil-society work centres and
 * the muhtar office of Caferağa. Every position lies in its district, which creating it checks.
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class DemoPlaces implements ApplicationRunner {

	static final String OFFICE = "kadikoy-katilim-ofisi";
	static final String SSID = "IBB WiFi";

	private static final int KADIKOY = 1421;
	private static final int USKUDAR = 1708;
	private static final int BESIKTAS = 1183;
	private static final int FATIH = 1327;
	private static final int ESENYURT = 2053;
	private static final int BAGCILAR = 2004;
	private static final int KARTAL = 1449;
	private static final int ATASEHIR = 2049;
	private static final int SARIYER = 1604;
	private static final int BEYLIKDUZU = 2051;
	private static final int BEYOGLU = 1186;

	private static final LocalizedText STEP_FREE = text("Girişte rampa var, asansörle tüm katlara erişilir; engelli tuvaleti mevcut.",
			"Ramp at the entrance, lift to every floor; accessible toilet.");
	private static final LocalizedText OUTDOOR = text("Açık alan; yer düz ve basamaksız.",
			"Open air; level ground without steps.");

	private final PlaceAdministration administration;
	private final PlaceDirectory directory;

	DemoPlaces(PlaceAdministration administration, PlaceDirectory directory) {
		this.administration = administration;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (directory.place(OFFICE).isPresent()) {
			return;
		}
		offices();
		solutionPoints();
		mobileCentre();
		hotspots();
		civilSocietyCentres();
	}

	private void offices() {
		place(new PlaceDraft(new Slug(OFFICE), PlaceType.PARTICIPATION_OFFICE,
				text("Kadıköy Katılım Ofisi", "Kadıköy Participation Office"),
				"Osmanağa Mah., Söğütlü Çeşme Cad. No: 8, Kadıköy", KADIKOY, 40511, new GeoPoint(40.9900, 29.0300),
				weekdays("09:00", "18:00", saturday("10:00", "14:00")),
				Set.of(PlaceService.ASSISTED_PARTICIPATION, PlaceService.REQUEST_INTAKE,
						PlaceService.SIGN_LANGUAGE_VIDEO_CALL, PlaceService.WIFI),
				STEP_FREE, new Wifi(SSID, WifiStatus.UP), null));
		place(new PlaceDraft(new Slug("caferaga-muhtarligi"), PlaceType.MUHTAR_OFFICE,
				text("Caferağa Mahalle Muhtarlığı", "Caferağa Neighbourhood Muhtar Office"),
				"Caferağa Mah., Moda Cad. No: 41, Kadıköy", KADIKOY, 40512, new GeoPoint(40.9870, 29.0290),
				weekdays("09:00", "17:00", List.of()), Set.of(PlaceService.REQUEST_INTAKE, PlaceService.CERTIFICATES,
						PlaceService.ASSISTED_PARTICIPATION),
				text("Giriş iki basamaklı; zili çalınca muhtar kapıya gelir.",
						"Two steps at the entrance; ring the bell and the muhtar comes to the door."),
				null, null));
	}

	private void solutionPoints() {
		solutionPoint("uskudar-cozum-noktasi", "Üsküdar", "Aziz Mahmut Hüdayi Mah., Hakimiyeti Milliye Cad. No: 30",
				USKUDAR, 98665, new GeoPoint(41.0250, 29.0250));
		solutionPoint("fatih-cozum-noktasi", "Fatih", "Aksaray Mah., Turgut Özal Millet Cad. No: 12", FATIH, 99127,
				new GeoPoint(41.0115, 28.9510));
		solutionPoint("esenyurt-cozum-noktasi", "Esenyurt", "Cumhuriyet Mah., Doğan Araslı Bulv. No: 95", ESENYURT,
				40865, new GeoPoint(41.0430, 28.6587));
		solutionPoint("bagcilar-cozum-noktasi", "Bağcılar", "Merkez Mah., İstanbul Cad. No: 50", BAGCILAR, 40162,
				new GeoPoint(41.0444, 28.8363));
	}

	private void solutionPoint(String slug, String district, String address, int districtId, int neighbourhood,
			GeoPoint position) {
		place(new PlaceDraft(new Slug(slug), PlaceType.SOLUTION_POINT,
				text(district + " Çözüm Noktası", district + " Solution Point"), address + ", " + district, districtId,
				neighbourhood, position, weekdays("08:30", "19:00", saturday("09:00", "15:00")),
				Set.of(PlaceService.REQUEST_INTAKE, PlaceService.SOCIAL_ASSISTANCE, PlaceService.WIFI,
						PlaceService.CHARGING, PlaceService.SIGN_LANGUAGE_VIDEO_CALL),
				STEP_FREE, new Wifi(SSID, WifiStatus.UP), null));
	}

	private void mobileCentre() {
		List<TimetableStop> stops = List.of(
				stop(DayOfWeek.MONDAY, "Kartal Meydanı, Uğur Mumcu Mah.", KARTAL, new GeoPoint(40.9150, 29.2000)),
				stop(DayOfWeek.TUESDAY, "Ataşehir Cumhuriyet Meydanı, Atatürk Mah.", ATASEHIR,
						new GeoPoint(40.9845, 29.1457)),
				stop(DayOfWeek.WEDNESDAY, "Mimar Sinan Mah. Pazar Yeri, Üsküdar", USKUDAR, new GeoPoint(41.0300, 29.0550)),
				stop(DayOfWeek.THURSDAY, "Yakacık Çarşı, Kartal", KARTAL, new GeoPoint(40.9131, 29.2076)),
				stop(DayOfWeek.FRIDAY, "Kuzguncuk Çarşısı, Üsküdar", USKUDAR, new GeoPoint(41.0350, 29.0573)));
		place(new PlaceDraft(new Slug("mobil-cozum-merkezi-anadolu"), PlaceType.MOBILE_SOLUTION_CENTRE,
				text("Mobil Çözüm Merkezi (Anadolu Yakası)", "Mobile Solution Centre (Anatolian Side)"),
				"Kartal Belediye Garajı, Cumhuriyet Mah., Kartal", KARTAL, 40556, new GeoPoint(40.9131, 29.2050),
				weekdays("10:00", "17:00", List.of()),
				Set.of(PlaceService.REQUEST_INTAKE, PlaceService.WIFI, PlaceService.CHARGING,
						PlaceService.ASSISTED_PARTICIPATION),
				text("Araca alçak rampayla binilir; tekerlekli sandalyeyle girilebilir.",
						"Boarded by a low ramp; wheelchair accessible."),
				new Wifi(SSID, WifiStatus.UP), stops));
	}

	private void hotspots() {
		hotspot("kadikoy-carsi-wifi", "Kadıköy Çarşı", "Kadıköy Bazaar", "Caferağa Mah., Güneşlibahçe Sok., Kadıköy",
				KADIKOY, 40512, new GeoPoint(40.9880, 29.0270), WifiStatus.UP);
		hotspot("besiktas-meydan-wifi", "Beşiktaş Meydanı", "Beşiktaş Square", "Sinanpaşa Mah., Beşiktaş Meydanı",
				BESIKTAS, 40215, new GeoPoint(41.0430, 29.0080), WifiStatus.UP);
		hotspot("sultanahmet-wifi", "Sultanahmet Meydanı", "Sultanahmet Square", "Sultan Ahmet Mah., At Meydanı, Fatih",
				FATIH, 40333, new GeoPoint(41.0080, 28.9760), WifiStatus.UP);
		hotspot("sishane-wifi", "Şişhane", "Şişhane", "Tomtom Mah., İstiklal Cad., Beyoğlu", BEYOGLU, 40287,
				new GeoPoint(41.0370, 28.9850), WifiStatus.MAINTENANCE);
		hotspot("gunesli-park-wifi", "Güneşli Parkı", "Güneşli Park", "Güneşli Mah., Koçman Cad., Bağcılar", BAGCILAR,
				40168, new GeoPoint(41.0449, 28.8340), WifiStatus.DOWN);
	}

	private void hotspot(String slug, String turkish, String english, String address, int district, int neighbourhood,
			GeoPoint position, WifiStatus status) {
		place(new PlaceDraft(new Slug(slug), PlaceType.WIFI_HOTSPOT, text(turkish + " Wi-Fi", english + " Wi-Fi"),
				address, district, neighbourhood, position, allWeek(), Set.of(PlaceService.WIFI), OUTDOOR,
				new Wifi(SSID, status), null));
	}

	private void civilSocietyCentres() {
		civilSocietyCentre("anadolu-stk-calisma-merkezi", "Anadolu Yakası", "Anatolian Side",
				"Atatürk Mah., Ataşehir Bulv. No: 20, Ataşehir", ATASEHIR, 99749, new GeoPoint(40.9845, 29.1457));
		civilSocietyCentre("avrupa-kuzey-stk-calisma-merkezi", "Avrupa Yakası Kuzey", "European Side North",
				"Bahçeköy Merkez Mah., Orman Cad. No: 3, Sarıyer", SARIYER, 40682, new GeoPoint(41.1717, 29.0084));
		civilSocietyCentre("avrupa-guney-stk-calisma-merkezi", "Avrupa Yakası Güney", "European Side South",
				"Barış Mah., Cumhuriyet Cad. No: 14, Beylikdüzü", BEYLIKDUZU, 40875, new GeoPoint(40.9880, 28.6438));
	}

	private void civilSocietyCentre(String slug, String region, String englishRegion, String address, int district,
			int neighbourhood, GeoPoint position) {
		place(new PlaceDraft(new Slug(slug), PlaceType.CIVIL_SOCIETY_CENTRE,
				text("Sivil Toplum Çalışma Merkezi – " + region, "Civil Society Work Centre – " + englishRegion), address,
				district, neighbourhood, position, weekdays("09:00", "21:00", saturday("10:00", "18:00")),
				Set.of(PlaceService.MEETING_ROOM, PlaceService.WIFI, PlaceService.LEGAL_ADVICE,
						PlaceService.ASSISTED_PARTICIPATION),
				STEP_FREE, new Wifi(SSID, WifiStatus.UP), null));
	}

	private void place(PlaceDraft draft) {
		administration.create(draft);
	}

	private static TimetableStop stop(DayOfWeek day, String address, int district, GeoPoint position) {
		return new TimetableStop(day, LocalTime.of(10, 0), LocalTime.of(17, 0), address, district, position);
	}

	private static List<OpeningHours> weekdays(String opens, String closes, List<OpeningHours> more) {
		List<OpeningHours> hours = new ArrayList<>();
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			hours.add(new OpeningHours(day, LocalTime.parse(opens), LocalTime.parse(closes)));
		}
		hours.addAll(more);
		return hours;
	}

	private static List<OpeningHours> saturday(String opens, String closes) {
		return List.of(new OpeningHours(DayOfWeek.SATURDAY, LocalTime.parse(opens), LocalTime.parse(closes)));
	}

	private static List<OpeningHours> allWeek() {
		return java.util.Arrays.stream(DayOfWeek.values())
			.map(day -> new OpeningHours(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)).toList();
	}

	private static LocalizedText text(String turkish, String english) {
		return new LocalizedText(Map.of("tr", turkish, "en", english));
	}
}
