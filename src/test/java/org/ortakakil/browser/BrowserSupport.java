package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.ortakakil.identity.census.CensusFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * What every browser test needs: the platform on a random port with the demo data, Debian's headless
 * Chromium (/usr/bin/chromium), a fresh browser context per test, screenshots (desktop and a 360 px
 * phone) in target/screenshots, logging in, and the axe accessibility check. Tests are skipped, saying
 * why, on a machine without Chromium. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class BrowserSupport {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;
	Page page;

	@BeforeAll
	static void launch() throws Exception {
		assumeTrue(Files.isExecutable(CHROMIUM),
				"Browser tests skipped: no Chromium at /usr/bin/chromium (install Debian's chromium package)");
		Files.createDirectories(SCREENSHOTS);
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(CHROMIUM)
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync")));
	}

	@AfterAll
	static void close() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void open() {
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("tr-TR"));
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	/** A new browser context as a 360 px touch phone, in Turkish. */
	void usePhone() {
		context.close();
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("tr-TR")
			.setIsMobile(true).setHasTouch(true));
		page = context.newPage();
	}

	/** A new browser context as a desktop, in Turkish. */
	void useDesktop() {
		context.close();
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("tr-TR"));
		page = context.newPage();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** The innermost elements that reach past either edge of the viewport, as tag#id.class. */
	static final String STICKING_OUT = """
			[...document.querySelectorAll('body *')].filter(e => { const r = e.getBoundingClientRect();
			  return (r.right > innerWidth + 1 || r.left < -1) && ![...e.children].some(c => {
			    const q = c.getBoundingClientRect(); return q.right > innerWidth + 1 || q.left < -1; }); })
			  .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
			    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : ''))""";

	void screenshot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-desktop.png")).setFullPage(true));
		page.setViewportSize(360, 740);
		assertThat(page.evaluate("document.documentElement.scrollWidth"))
			.as("%s is wider than a 360 px phone; what sticks out: %s", name, page.evaluate(STICKING_OUT))
			.isEqualTo(360);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-phone.png")).setFullPage(true));
		page.setViewportSize(1280, 900);
	}

	void visit(String path, String language) {
		page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
		page.waitForLoadState();
		assertThat(page.getAttribute("html", "dir")).isEqualTo("ar".equals(language) ? "rtl" : "ltr");
		assertNoSeriousAccessibilityViolations(path + " (" + language + ")");
		String name = "page" + (path.equals("/") ? "-home" : path.replaceAll("[^a-z0-9]+", "-").replaceAll("-$", ""));
		screenshot(name + "-" + language);
	}

	void logIn() {
		logIn("admin@ortakakil.demo", "demo-admin-2050");
	}

	/** Logs in; accepts the consent text first if another test has published a new version. */
	void logIn(String email, String password) {
		page.navigate(url("/login"));
		page.fill("#username", email);
		page.fill("#password", password);
		page.click("main form button[type=submit]");
		page.waitForURL(u -> !u.contains("/login"));
		if (page.url().endsWith("/account/consent")) {
			page.check("input[name=consentVersion]");
			page.click("main form button[type=submit]");
			page.waitForURL("**/account");
		}
	}

	/** The README's first demo resident: Kadıköy, Caferağa. */
	static final String NEWCOMER_TCKN = "10000000146";
	/** The second: Üsküdar, Kuzguncuk, who has no account until a participation office opens one. */
	static final String VISITOR_TCKN = "20000000046";

	@Autowired
	ApplicationContext application;

	/** Other tests share the database and may replace the census; the demo residents these tests need are put back. */
	void demoResidentsInTheCensus() {
		CensusFixtures.add(application, NEWCOMER_TCKN, LocalDate.of(1985, 4, 23), 40512, 1421);
		CensusFixtures.add(application, VISITOR_TCKN, LocalDate.of(1990, 5, 19), 40811, 1708);
	}

	/**
	 * {@code sakin@ortakakil.demo} verified as a resident of Bebek, Beşiktaş, as the demo made them: other tests
	 * may have replaced the census since, which removes the link between the account and the census.
	 */
	void sakinLivesInBebek() {
		long person = CensusFixtures.add(application, "30000000014", LocalDate.of(1975, 10, 29), 40232, 1183);
		JdbcClient jdbc = application.getBean(JdbcClient.class);
		long account = application.getBean(org.ortakakil.identity.Accounts.class).byEmail("sakin@ortakakil.demo")
			.orElseThrow().id();
		jdbc.sql("DELETE FROM account_census WHERE account_id = ? OR census_person_id = ?").params(account, person).update();
		jdbc.sql("INSERT INTO account_census (account_id, census_person_id, verified_at, verified_by) VALUES (?, ?, ?, ?)")
			.params(account, person, java.sql.Timestamp.from(java.time.Instant.now()), "test")
			.update();
	}

	void assertNoSeriousAccessibilityViolations(String path) {
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
			.analyze();
		List<Rule> serious = results.getViolations().stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		assertThat(serious).as(() -> path + ": " + serious.stream()
			.map(rule -> rule.getId() + " " + rule.getNodes().stream().map(n -> n.getHtml()).limit(3).collect(Collectors.joining(" | ")))
			.collect(Collectors.joining("; "))).isEmpty();
	}
}
