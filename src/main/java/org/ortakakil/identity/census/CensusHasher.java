package org.ortakakil.identity.census;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Turns a TC Kimlik No into what the census stores instead of it: HMAC-SHA-256 with a server secret,
 * as 64 hex characters. Without the secret, the eleven digits (about 900 million possible numbers with
 * valid check digits) could be found from a plain hash in minutes; with it, a copy of the database
 * alone reveals nothing. The application refuses to start without a secret.
 */
@Component
class CensusHasher {

	static final int MINIMUM_SECRET_LENGTH = 16;

	private final SecretKeySpec key;
	private final ThreadLocal<Mac> macs;

	CensusHasher(CensusProperties properties) {
		String secret = properties.censusSecret().strip();
		if (secret.length() < MINIMUM_SECRET_LENGTH) {
			throw new IllegalStateException("ortakakil.identity.census-secret (ORTAKAKIL_IDENTITY_CENSUS_SECRET) must be set to "
					+ "a secret of at least " + MINIMUM_SECRET_LENGTH + " characters: the resident census is hashed with it");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.macs = ThreadLocal.withInitial(this::newMac);
	}

	/** The 64 lower-case hex characters stored for {@code number}. */
	String hash(TcKimlikNo number) {
		Mac mac = macs.get();
		return HexFormat.of().formatHex(mac.doFinal(number.digits().getBytes(StandardCharsets.US_ASCII)));
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
		}
	}
}
