package org.ortakakil.requests.needs;

import java.math.BigDecimal;

import org.ortakakil.shared.Actor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo needs: the list of Caferağa's muhtar (muhtar@ortakakil.demo) and shorter lists for two other
 * Kadıköy neighbourhoods, so the district view shows both lists and gaps. Written once: a neighbourhood
 * that already has needs is left as it is.
 */
@Component
@Profile("demo")
class DemoNeeds implements ApplicationRunner {

	static final int CAFERAGA = 40512;
	static final int FENERBAHCE = 40514;
	static final int OSMANAGA = 40511;

	private final NeighbourhoodNeeds needs;

	DemoNeeds(NeighbourhoodNeeds needs) {
		this.needs = needs;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (needs.of(CAFERAGA).isEmpty()) {
			add(CAFERAGA, "Moda sahil yolunda yaya geçidi", "Moda Caddesi’nin sahile indiği köşede, okul çıkışında "
					+ "yayalar hızlı araçların arasından geçiyor. Işıklı yaya geçidi ve kasis isteniyor.", "850000",
					NeedStatus.PLANNED);
			add(CAFERAGA, "Moda Parkı’ndaki çocuk oyun alanının yenilenmesi", "Zemin kauçuğu yıpranmış, iki salıncak "
					+ "kullanılamıyor. Engelli çocukların da kullanabileceği oyun araçları öneriliyor.", "1400000",
					NeedStatus.PROPOSED);
			add(CAFERAGA, "Bahariye Caddesi’nde kaldırım rampaları", "Yaya bölgesine açılan sokak ağızlarında "
					+ "tekerlekli sandalye ve bebek arabası için rampa yok.", "320000", NeedStatus.IN_PROGRESS);
			add(CAFERAGA, "Mühürdar’da yağmur suyu kanalı", "Sağanak yağışta Mühürdar Caddesi’nin alt ucu su "
					+ "basıyor; kanal kapasitesi yetmiyor.", null, NeedStatus.PROPOSED);
			add(CAFERAGA, "Kadife Sokak’ta gece aydınlatması", "Sokak lambaları LED armatürlerle değiştirildi.",
					"180000", NeedStatus.DONE);
		}
		if (needs.of(FENERBAHCE).isEmpty()) {
			add(FENERBAHCE, "Kalamış sahilinde gölgelik ve içme suyu çeşmesi", "Yürüyüş yolunda yaz aylarında "
					+ "gölge ve su yok.", "240000", NeedStatus.PROPOSED);
			add(FENERBAHCE, "Fenerbahçe Parkı girişine bisiklet park yeri", null, "95000", NeedStatus.PLANNED);
		}
		if (needs.of(OSMANAGA).isEmpty()) {
			add(OSMANAGA, "Söğütlüçeşme yaya alt geçidine asansör", "Merdivenler yaşlılar ve engelliler için "
					+ "aşılmaz; istasyona erişim için asansör gerekiyor.", "2600000", NeedStatus.PROPOSED);
		}
	}

	private void add(int neighbourhood, String title, String description, String cost, NeedStatus status) {
		Need need = needs.create(neighbourhood, new NeedDraft(title, description, cost == null ? null : new BigDecimal(cost)),
				Actor.SYSTEM);
		needs.changeStatus(need.id(), status, Actor.SYSTEM);
	}
}
