package org.ortakakil.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.audit.AuditEntry;
import org.ortakakil.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An administrator keeps the catalogue through its pages: every refused input is shown again with its
 * reason and stores nothing, routing rules win over the default unit, and each change is audited.
 * Codes are unique per test, as the database is shared with the other test classes.
 */
@IntegrationTest
class ServiceCatalogueIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	static String uniqueCode() {
		return "test-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
		return request.with(user("admin").roles("ADMIN")).with(csrf()).header("Accept-Language", "en");
	}

	/** A valid category form, with the fields given as name, value, name, value … written over it. */
	static MockHttpServletRequestBuilder newCategory(String code, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("code", code);
		fields.put("name[tr]", "Sokak lambası yanmıyor");
		fields.put("name[en]", "Street light out");
		fields.put("description[tr]", "Yanmayan lamba.");
		fields.put("group", "LIGHTING");
		fields.put("keywords", "lamba, direk");
		fields.put("defaultUnit", "aydinlatma");
		fields.put("motorized", "on");
		fields.put("_motorized", "on");
		fields.put("_private", "on");
		fields.put("active", "on");
		fields.put("_active", "on");
		fields.put("targets[URGENT]", "12");
		fields.put("targets[NORMAL]", "72");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = admin(post("/admin/services"));
		fields.forEach(request::param);
		return request;
	}

	void create(String code) throws Exception {
		mvc.perform(newCategory(code)).andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/services/" + code));
	}

	int categories() {
		return jdbc.sql("SELECT COUNT(*) FROM service_category").query(Integer.class).single();
	}

	@Test
	void anAdministratorCreatesACategory() throws Exception {
		String code = uniqueCode();
		create(code);
		ServiceCategoryView category = catalogue.category(code).orElseThrow();
		assertThat(category.name().in("en")).isEqualTo("Street light out");
		assertThat(category.description().turkish()).isEqualTo("Yanmayan lamba.");
		assertThat(category.group()).isEqualTo(ServiceGroup.LIGHTING);
		assertThat(category.keywords()).containsExactly("lamba", "direk");
		assertThat(category.motorized()).isTrue();
		assertThat(category.isPrivate()).isFalse();
		assertThat(category.targetHours()).containsEntry(Priority.URGENT, 12).containsEntry(Priority.NORMAL, 72)
			.hasSize(2);
		mvc.perform(get("/admin/services").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk()).andExpect(content().string(containsString(code)));
		mvc.perform(get("/admin/services/" + code).with(user("admin").roles("ADMIN")).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Street light out")));
	}

	@Test
	void onlyAdministratorsMayEditTheCatalogue() throws Exception {
		mvc.perform(get("/admin/services").with(user("sakin").roles("RESIDENT"))).andExpect(status().isForbidden());
	}

	@Test
	void everyRefusedCategoryIsShownAgainWithItsReasonAndNothingIsStored() throws Exception {
		String taken = uniqueCode();
		create(taken);
		int before = categories();
		refused(newCategory(taken), "is used by another service type");
		String code = uniqueCode();
		refused(newCategory(code, "group", "SANITATION"), "is not a known group");
		refused(newCategory(code, "targets[HIGH]", "0"), "positive whole number of hours");
		refused(newCategory(code, "targets[LOW]", "a week"), "positive whole number of hours");
		refused(newCategory(code, "defaultUnit", "Aydınlatma Birimi"), "cannot be a unit key");
		refused(newCategory("Not A Code"), "cannot be a code");
		refused(newCategory(code, "name[tr]", ""), "Turkish");
		assertThat(categories()).isEqualTo(before);
		assertThat(catalogue.category(code)).isEmpty();
	}

	void refused(MockHttpServletRequestBuilder request, String reason) throws Exception {
		mvc.perform(request).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(reason)));
	}

	@Test
	void anEditKeepsTheCodeAndReplacesTheRest() throws Exception {
		String code = uniqueCode();
		create(code);
		mvc.perform(admin(post("/admin/services/" + code)).param("name[tr]", "Park lambası").param("group", "parks")
			.param("keywords", "park").param("defaultUnit", "park-bahce").param("private", "on").param("_private", "on")
			.param("_motorized", "on").param("_active", "on").param("targets[LOW]", "240"))
			.andExpect(status().isFound());
		assertThat(catalogue.category(code)).isEmpty(); // no longer active
		ServiceCategoryView edited = catalogueAny(code);
		assertThat(edited.name().turkish()).isEqualTo("Park lambası");
		assertThat(edited.description()).isNull();
		assertThat(edited.group()).isEqualTo(ServiceGroup.PARKS);
		assertThat(edited.isPrivate()).isTrue();
		assertThat(edited.motorized()).isFalse();
		assertThat(edited.targetHours()).containsExactlyEntriesOf(Map.of(Priority.LOW, 240));
		mvc.perform(admin(post("/admin/services/" + code)).param("name[tr]", "Park lambası").param("group", "parks")
			.param("defaultUnit", "park-bahce").param("targets[LOW]", "-1"))
			.andExpect(status().isUnprocessableContent());
		assertThat(catalogueAny(code).targetHours()).containsEntry(Priority.LOW, 240);
	}

	ServiceCategoryView catalogueAny(String code) {
		return ((org.ortakakil.requests.internal.CatalogueStore) catalogue).any(code).orElseThrow();
	}

	@Test
	void attributesAreAddedMovedAndRemoved() throws Exception {
		String code = uniqueCode();
		create(code);
		mvc.perform(admin(post("/admin/services/" + code + "/attributes")).param("code", "POLE")
			.param("datatype", "string").param("question[tr]", "Direk numarası").param("_required", "on")
			.param("variable", "on").param("_variable", "on").param("datatypeDescription", "KDK-00000"))
			.andExpect(status().isFound());
		mvc.perform(admin(post("/admin/services/" + code + "/attributes")).param("code", "SIZE")
			.param("datatype", "singlevaluelist").param("question[tr]", "Ne büyüklükte?").param("required", "on")
			.param("values", "small = Küçük\nlarge = Büyük"))
			.andExpect(status().isFound());
		assertThat(catalogue.category(code).orElseThrow().attributes()).extracting(ServiceAttributeView::code,
				ServiceAttributeView::order).containsExactly(org.assertj.core.groups.Tuple.tuple("POLE", 1),
						org.assertj.core.groups.Tuple.tuple("SIZE", 2));

		String attributes = "/admin/services/" + code + "/attributes";
		refused(admin(post(attributes)).param("code", "WASTE").param("datatype", "multivaluelist")
			.param("question[tr]", "Atık türü").param("values", ""), "is a list question");
		refused(admin(post(attributes)).param("code", "COLOUR").param("datatype", "colour")
			.param("question[tr]", "Renk"), "is not a known answer type");
		refused(admin(post(attributes)).param("code", "POLE").param("datatype", "number")
			.param("question[tr]", "Yine direk"), "already has a question");
		assertThat(catalogue.category(code).orElseThrow().attributes()).hasSize(2);

		mvc.perform(admin(post(attributes + "/SIZE/move")).param("direction", "-1")).andExpect(status().isFound());
		ServiceAttributeView size = catalogue.category(code).orElseThrow().attributes().get(0);
		assertThat(size.code()).isEqualTo("SIZE");
		assertThat(size.order()).isEqualTo(1);
		assertThat(size.values()).extracting(AttributeValue::key).containsExactly("small", "large");
		assertThat(size.required()).isTrue();
		mvc.perform(admin(post(attributes + "/POLE/delete"))).andExpect(status().isFound());
		assertThat(catalogue.category(code).orElseThrow().attributes()).extracting(ServiceAttributeView::code,
				ServiceAttributeView::order).containsExactly(org.assertj.core.groups.Tuple.tuple("SIZE", 1));
		mvc.perform(admin(post(attributes + "/POLE/delete"))).andExpect(status().isNotFound());
	}

	@Test
	void aDistrictsRoutingRuleWinsOverTheDefaultUnit() throws Exception {
		String code = uniqueCode();
		create(code);
		String routing = "/admin/services/" + code + "/routing";
		mvc.perform(admin(post(routing)).param("districtId", "1421").param("unitKey", "aydinlatma-anadolu"))
			.andExpect(status().isFound());
		assertThat(catalogue.unitFor(code, 1421)).contains("aydinlatma-anadolu");
		assertThat(catalogue.unitFor(code, 1183)).contains("aydinlatma");
		assertThat(catalogue.unitFor("no-such-category", 1421)).isEmpty();

		refused(admin(post(routing)).param("districtId", "99999").param("unitKey", "x"), "is not a district");
		refused(admin(post(routing)).param("districtId", "kadikoy").param("unitKey", "x"), "is not a district");
		refused(admin(post(routing)).param("districtId", "1183").param("unitKey", "Bad Unit"), "cannot be a unit key");
		assertThat(catalogue.category(code).orElseThrow().routing()).containsExactly(new RoutingRule(1421,
				"aydinlatma-anadolu"));

		mvc.perform(admin(post(routing)).param("districtId", "1421").param("unitKey", "kadikoy-aydinlatma"))
			.andExpect(status().isFound());
		assertThat(catalogue.unitFor(code, 1421)).contains("kadikoy-aydinlatma");
		mvc.perform(admin(post(routing + "/1421/delete"))).andExpect(status().isFound());
		assertThat(catalogue.unitFor(code, 1421)).contains("aydinlatma");
	}

	@Test
	void everyChangeIsInTheAuditLog() throws Exception {
		String code = uniqueCode();
		create(code);
		mvc.perform(admin(post("/admin/services/" + code + "/routing")).param("districtId", "1421")
			.param("unitKey", "aydinlatma-anadolu")).andExpect(status().isFound());
		long id = catalogue.category(code).orElseThrow().id();
		Awaitility.await().untilAsserted(() -> assertThat(audit.latest(200, ServiceCategoryChanged.RESOURCE_TYPE))
			.filteredOn(e -> e.resourceId().equals(String.valueOf(id)))
			.extracting(AuditEntry::action, AuditEntry::actor)
			.contains(org.assertj.core.groups.Tuple.tuple("service-category.created", "admin"),
					org.assertj.core.groups.Tuple.tuple("service-category.routing-set", "admin")));
	}
}
