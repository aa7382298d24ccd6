package org.ortakakil.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ortakakil.moderation.web.ModerationLinks;

/** Only a path on this site is followed after a report. */
class ModerationLinksTest {

	@Test
	void onlyLocalPathsAreFollowed() {
		assertThat(ModerationLinks.localPath("/proposals/12?page=2#c", "/")).isEqualTo("/proposals/12?page=2#c");
		for (String bad : new String[] { null, "", "https://evil.example", "//evil.example", "/\\evil.example",
				"\\\\evil", "javascript:alert(1)", "evil.example/x", "/a\r\nLocation: x", "/a b", "/\t/evil" }) {
			assertThat(ModerationLinks.localPath(bad, "/fallback")).as(String.valueOf(bad)).isEqualTo("/fallback");
		}
	}
}
