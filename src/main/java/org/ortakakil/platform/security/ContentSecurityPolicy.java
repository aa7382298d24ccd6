package org.ortakakil.platform.security;

/** Only the application's own scripts, styles and images; map tiles from the configured server. */
final class ContentSecurityPolicy {

	private ContentSecurityPolicy() {
	}

	static String forTiles(String tileOrigin) {
		String images = tileOrigin.isBlank() ? "'self' data:" : "'self' data: " + tileOrigin;
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + images
				+ "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
				+ " frame-ancestors 'none'";
	}
}
