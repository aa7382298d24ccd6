package org.ortakakil.places;

import java.util.Arrays;

import org.ortakakil.shared.DomainException;

/**
 * What a resident can get done at a place. The {@link #code()} is what the API and the database
 * carry, and what names its text ({@code place.service.<code>}).
 */
public enum PlaceService {

	WIFI("wifi"), REQUEST_INTAKE("request-intake"), ASSISTED_PARTICIPATION("assisted-participation"),
	SIGN_LANGUAGE_VIDEO_CALL("sign-language-video-call"), SOCIAL_ASSISTANCE("social-assistance"),
	LEGAL_ADVICE("legal-advice"), CHARGING("charging"), MEETING_ROOM("meeting-room"),
	CERTIFICATES("certificates");

	private final String code;

	PlaceService(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** A service named by its code; blank means none, anything else unknown is INVALID. */
	public static PlaceService parse(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return Arrays.stream(values()).filter(s -> s.code.equals(code.strip())).findFirst()
			.orElseThrow(() -> DomainException.invalid("places.service-unknown", code));
	}
}
