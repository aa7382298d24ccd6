package org.ortakakil.requests.intake;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ortakakil.requests.AttributeDatatype;
import org.ortakakil.requests.AttributeValue;
import org.ortakakil.requests.Priority;
import org.ortakakil.requests.ServiceGroup;
import org.ortakakil.requests.internal.AttributeDraft;
import org.ortakakil.requests.internal.CatalogueAdministration;
import org.ortakakil.requests.internal.CatalogueStore;
import org.ortakakil.requests.internal.CategoryDraft;
import org.ortakakil.requests.photos.TestPhotos;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;

/**
 * The intake tests' own categories (the test database is shared): a public street-light category with
 * a required number, an optional list and an optional date, and a private social-support one, each
 * handled by a unit of its own.
 */
final class IntakeFixtures {

	static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
	static final String LIGHT = "intake-light-" + SUFFIX;
	static final String SUPPORT = "intake-support-" + SUFFIX;
	static final String UNIT = "intake-unit-" + SUFFIX;
	/** Caferağa, Kadıköy (district 1421, neighbourhood 40512). */
	static final double LAT = 40.9862;
	static final double LON = 29.0271;
	static final int KADIKOY = 1421;
	static final int CAFERAGA = 40512;
	/** Kuzguncuk, in Üsküdar. */
	static final int KUZGUNCUK = 40811;

	private IntakeFixtures() {
	}

	static void catalogue(CatalogueAdministration administration, CatalogueStore store) {
		if (store.any(LIGHT).isPresent()) {
			return;
		}
		administration.create(new CategoryDraft(LIGHT, LocalizedText.of("Lamba yanmıyor " + SUFFIX,
				"Light out " + SUFFIX), null, ServiceGroup.LIGHTING, List.of(), false, true, true, UNIT,
				Map.of(Priority.NORMAL, 48)), Actor.SYSTEM);
		administration.addAttribute(LIGHT, new AttributeDraft("LIGHTS_OUT", AttributeDatatype.number, true, true,
				LocalizedText.of("Kaç lamba yanmıyor?", "How many lights are out?"), null, List.of()), Actor.SYSTEM);
		administration.addAttribute(LIGHT, new AttributeDraft("POLE", AttributeDatatype.singlevaluelist, false, true,
				LocalizedText.of("Direk", "Pole"), null,
				List.of(new AttributeValue("wood", LocalizedText.of("Ahşap", "Wood")),
						new AttributeValue("steel", LocalizedText.of("Çelik", "Steel")))), Actor.SYSTEM);
		administration.addAttribute(LIGHT, new AttributeDraft("SINCE", AttributeDatatype.datetime, false, true,
				LocalizedText.of("Ne zamandan beri?", "Since when?"), null, List.of()), Actor.SYSTEM);
		administration.create(new CategoryDraft(SUPPORT, LocalizedText.of("Sosyal destek " + SUFFIX,
				"Social support " + SUFFIX), null, ServiceGroup.OTHER, List.of(), true, false, true, UNIT, Map.of()),
				Actor.SYSTEM);
	}

}
