package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ortakakil.search.internal.SearchDocument;
import org.ortakakil.search.internal.SearchIndex;

/**
 * Search in a browser on a 360 px phone: a resident types Turkish capitals into the header's search box
 * and finds the Vision 2050 process, filters to proposals, and an Arabic reader searches in Arabic on a
 * right-to-left page. Each page is checked with axe and photographed.
 */
class SearchBrowserIT extends BrowserSupport {

	@Test
	void aResidentSearchesInTurkishFromThePhoneHeader() {
		long id = 1_900_000_000L + System.nanoTime() % 1_000_000;
		application.getBean(SearchIndex.class).put(new SearchDocument("proposal", id, "/proposals/" + id,
				LocalDate.of(2026, 11, 2), true, Set.of(1183), List.of(new SearchDocument.Text("tr",
						"<script>alert(1)</script> İSTANBUL boğazına ışıklı yürüyüş yolu",
						"Sahil boyunca gece de güvenli yürünsün diye **ışık** ve oturma yerleri."))));

		page.setViewportSize(360, 740);
		page.navigate(url("/?lang=tr"));
		page.fill("#header-search-q", "istanbul");
		page.press("#header-search-q", "Enter");
		page.waitForURL("**/search?q=istanbul*");
		assertThat(page.textContent("#results-count")).contains("istanbul");
		assertThat(page.locator("main .search-hit a[href^='/processes/']").count()).isPositive();
		assertThat(page.locator("main .search-hit mark").first().textContent()).isIn("İstanbul", "İSTANBUL");
		assertNoSeriousAccessibilityViolations("search from the header");
		screenshot("search-1-header-tr");

		page.fill("#search-q", "ISIK istanbul");
		page.selectOption("#search-type", "proposal");
		page.click("main form[role=search] button[type=submit]");
		page.waitForURL("**type=proposal*");
		String link = page.textContent("main .search-hit a[href='/proposals/" + id + "']");
		assertThat(link).contains("Öneri").contains("<script>alert(1)</script>");
		assertThat(page.locator("main .search-hit mark").allTextContents()).contains("İSTANBUL", "ışıklı");
		assertThat(page.locator("main script:not([src])").count()).isZero();
		assertNoSeriousAccessibilityViolations("search for proposals");
		screenshot("search-2-proposals-tr");

		page.fill("#search-q", " ");
		page.click("main form[role=search] button[type=submit]");
		assertThat(page.textContent("#search-error")).contains("en az bir sözcük");
		assertNoSeriousAccessibilityViolations("search refused");
		screenshot("search-3-refused-tr");
	}

	@Test
	void anArabicReaderSearchesInArabic() {
		visit("/search?q=إسطنبول", "ar");
		assertThat(page.textContent("#results-count")).contains("إسطنبول");
		assertThat(page.locator("main .search-hit mark").first().textContent()).contains("إسطنبول");
		assertThat(page.getAttribute("main .search-hit .search-excerpt", "lang")).isEqualTo("ar");
		visit("/search", "ar");
		visit("/search?q=Vizyon&type=space", "tr");
	}
}
