package org.ortakakil.meetings.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

import org.ortakakil.platform.Languages;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the iCalendar feeds that calendar applications subscribe to. Each answer carries an ETag (a
 * hash of the document, which the same meetings always write the same way), so an application that
 * polls gets 304 Not Modified while nothing changed, and may keep the feed for a quarter of an hour.
 * The public feeds' language is the page language ({@code ?lang=}); a person's own feed is in their
 * account's language unless {@code ?lang=} says otherwise.
 */
@RestController
class CalendarFeedController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
	static final Duration KEEP = Duration.ofMinutes(15);

	private final CalendarFeeds feeds;
	private final Languages languages;

	CalendarFeedController(CalendarFeeds feeds, Languages languages) {
		this.feeds = feeds;
		this.languages = languages;
	}

	@GetMapping("/calendar/spaces/{slug}.ics")
	ResponseEntity<byte[]> space(@PathVariable String slug, Locale locale) {
		return answer(feeds.space(slug, locale), CacheControl.maxAge(KEEP).cachePublic());
	}

	@GetMapping("/calendar/districts/{slug}.ics")
	ResponseEntity<byte[]> district(@PathVariable String slug, Locale locale) {
		return answer(feeds.district(slug, locale), CacheControl.maxAge(KEEP).cachePublic());
	}

	@GetMapping("/calendar/me/{token}.ics")
	ResponseEntity<byte[]> mine(@PathVariable String token, @RequestParam(required = false) String lang) {
		Locale locale = languages.find(lang).map(l -> l.locale()).orElse(null);
		return answer(feeds.personal(token, locale), CacheControl.maxAge(KEEP).cachePrivate());
	}

	private static ResponseEntity<byte[]> answer(String calendar, CacheControl cache) {
		byte[] body = calendar.getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok().contentType(CALENDAR).cacheControl(cache).eTag(etag(body)).body(body);
	}

	static String etag(byte[] body) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
