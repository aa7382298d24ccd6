package org.ortakakil.requests.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.requests.AttributeDatatype;
import org.ortakakil.requests.AttributeValue;
import org.ortakakil.requests.Priority;
import org.ortakakil.requests.ServiceGroup;
import org.ortakakil.requests.internal.AttributeDraft;
import org.ortakakil.requests.internal.CatalogueAdministration;
import org.ortakakil.requests.internal.CatalogueStore;
import org.ortakakil.requests.internal.CategoryDraft;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks discovery, the service list and the service definition against GeoReport v2
 * ({@code ../shared/reference/GeoReport_v2.md}): every field the specification lists for them, with its
 * type and nesting, in JSON and in XML (read with the JDK's DOM parser, element names as in the
 * specification's examples); the language asked for; and the specification's errors for an unknown
 * service code and an unknown jurisdiction, in both formats. Its own categories have unique codes.
 */
@IntegrationTest
class Open311ConformanceIT {

	static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
	static final String LAMP = "o311-lamp-" + SUFFIX;
	static final String BENCH = "o311-bench-" + SUFFIX;
	static final String SUPPORT = "o311-support-" + SUFFIX;

	static final List<String> SERVICE_FIELDS = List.of("service_code", "service_name", "description", "metadata",
			"type", "keywords", "group");
	static final List<String> ATTRIBUTE_FIELDS = List.of("variable", "code", "datatype", "required",
			"datatype_description", "order", "description", "values");
	static final Set<String> DATATYPES = Set.of("string", "number", "datetime", "text", "singlevaluelist",
			"multivaluelist");
	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogueAdministration administration;

	@Autowired
	CatalogueStore store;

	@BeforeEach
	void catalogue() {
		if (store.any(LAMP).isPresent()) {
			return;
		}
		administration.create(new CategoryDraft(LAMP, LocalizedText.of("Sokak lambası yanmıyor", "Street light out"),
				LocalizedText.of("Yanmayan lamba.", "A light that is out."), ServiceGroup.LIGHTING,
				List.of("lamba", "direk"), false, true, true, "aydinlatma", Map.of(Priority.URGENT, 12)), Actor.SYSTEM);
		LocalizedText question = LocalizedText.of("Soru", "Question");
		List<AttributeValue> sizes = List.of(new AttributeValue("small", LocalizedText.of("Küçük", "Small")),
				new AttributeValue("large", LocalizedText.of("Büyük", "Large")));
		for (AttributeDatatype datatype : AttributeDatatype.values()) {
			administration.addAttribute(LAMP, new AttributeDraft(datatype.name().toUpperCase(), datatype,
					datatype == AttributeDatatype.number, datatype != AttributeDatatype.text, question,
					datatype == AttributeDatatype.string ? "KDK-00000" : null, datatype.isList() ? sizes : List.of()),
					Actor.SYSTEM);
		}
		administration.setRouting(LAMP, 1421, "aydinlatma-anadolu", Actor.SYSTEM);
		administration.create(new CategoryDraft(BENCH, LocalizedText.of("Kırık bank", "Broken bench"), null,
				ServiceGroup.PARKS, List.of(), false, false, true, "park-bahce", Map.of()), Actor.SYSTEM);
		administration.create(new CategoryDraft(SUPPORT, LocalizedText.of("Sosyal yardım ihtiyacı", "Social need"),
				LocalizedText.of("Destek gereken hane.", "A household in need."), ServiceGroup.OTHER,
				List.of("yardım"), true, false, true, "sosyal-hizmetler", Map.of()), Actor.SYSTEM);
	}

	MvcResult call(MockHttpServletRequestBuilder request, int status, String contentType) throws Exception {
		return call(mvc, request, status, contentType);
	}

	/** Performs the request; asserts its status and its content type, with UTF-8. */
	static MvcResult call(MockMvc mvc, MockHttpServletRequestBuilder request, int status, String contentType)
			throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as("status of %s", result.getRequest().getRequestURI())
			.isEqualTo(status);
		assertThat(result.getResponse().getContentType()).startsWith(contentType)
			.containsIgnoringCase("charset=utf-8");
		return result;
	}

	JsonNode json(String url, int status) throws Exception {
		return json(get(url), status);
	}

	JsonNode json(MockHttpServletRequestBuilder request, int status) throws Exception {
		return json(mvc, request, status);
	}

	static JsonNode json(MockMvc mvc, MockHttpServletRequestBuilder request, int status) throws Exception {
		return JSON.readTree(call(mvc, request, status, "application/json").getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	Element xml(String url, int status) throws Exception {
		return xml(get(url), status);
	}

	Element xml(MockHttpServletRequestBuilder request, int status) throws Exception {
		return xml(mvc, request, status);
	}

	/** The root element of the XML answer, read with the JDK's DOM parser. */
	static Element xml(MockMvc mvc, MockHttpServletRequestBuilder request, int status) throws Exception {
		byte[] body = call(mvc, request, status, "text/xml").getResponse().getContentAsByteArray();
		assertThat(new String(body, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
			.parse(new ByteArrayInputStream(body));
		return document.getDocumentElement();
	}

	static List<Element> children(Element parent) {
		List<Element> children = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				children.add(element);
			}
		}
		return children;
	}

	static List<String> names(Element parent) {
		return children(parent).stream().map(Element::getTagName).toList();
	}

	static Element child(Element parent, String name) {
		return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst()
			.orElseThrow(() -> new AssertionError("<" + parent.getTagName() + "> has no <" + name + ">"));
	}

	static String text(Element parent, String name) {
		return child(parent, name).getTextContent();
	}

	static JsonNode service(JsonNode services, String code) {
		for (JsonNode service : services) {
			if (service.get("service_code").asString().equals(code)) {
				return service;
			}
		}
		throw new AssertionError("no service " + code);
	}

	static Element service(Element services, String code) {
		return children(services).stream().filter(s -> text(s, "service_code").equals(code)).findFirst()
			.orElseThrow(() -> new AssertionError("no service " + code));
	}

	static Set<String> fieldNames(JsonNode object) {
		Set<String> names = new HashSet<>();
		object.propertyNames().forEach(names::add);
		return names;
	}

	@Test
	void discoveryInJson() throws Exception {
		JsonNode discovery = json("/open311/v2/discovery.json", 200);
		assertThat(discovery.isObject()).isTrue();
		assertThat(discovery.get("changeset").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		assertThat(discovery.get("contact").isString()).isTrue();
		assertThat(discovery.get("key_service").isString()).isTrue();
		JsonNode endpoints = discovery.get("endpoints");
		assertThat(endpoints.isArray()).isTrue();
		JsonNode endpoint = endpoints.get(0);
		assertThat(fieldNames(endpoint)).containsExactlyInAnyOrder("specification", "url", "changeset", "type",
				"formats");
		assertThat(endpoint.get("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(endpoint.get("url").asString()).endsWith("/open311/v2");
		assertThat(endpoint.get("type").asString()).isIn("production", "test");
		assertThat(endpoint.get("formats").isArray()).isTrue();
		assertThat(endpoint.get("formats").values()).extracting(JsonNode::asString)
			.containsExactlyInAnyOrder("text/xml", "application/json");
	}

	@Test
	void discoveryInXml() throws Exception {
		Element discovery = xml("/open311/v2/discovery.xml", 200);
		assertThat(discovery.getTagName()).isEqualTo("discovery");
		assertThat(names(discovery)).containsExactly("changeset", "contact", "key_service", "endpoints");
		List<Element> endpoints = children(child(discovery, "endpoints"));
		assertThat(endpoints).extracting(Element::getTagName).containsExactly("endpoint");
		Element endpoint = endpoints.get(0);
		assertThat(names(endpoint)).containsExactly("specification", "url", "changeset", "type", "formats");
		assertThat(children(child(endpoint, "formats"))).extracting(Element::getTagName, Element::getTextContent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("format", "text/xml"),
					org.assertj.core.groups.Tuple.tuple("format", "application/json"));
	}

	@Test
	void serviceListInJson() throws Exception {
		JsonNode services = json("/open311/v2/services.json", 200);
		assertThat(services.isArray()).isTrue();
		for (JsonNode service : services) {
			assertThat(fieldNames(service)).containsExactlyInAnyOrderElementsOf(SERVICE_FIELDS);
			assertThat(service.get("service_code").isString()).isTrue();
			assertThat(service.get("service_name").isString()).isTrue();
			assertThat(service.get("description").isString()).isTrue();
			assertThat(service.get("metadata").isBoolean()).isTrue();
			assertThat(service.get("type").asString()).isIn("realtime", "batch", "blackbox");
			assertThat(service.get("keywords").isString()).isTrue();
			assertThat(service.get("group").isString()).isTrue();
		}
		JsonNode lamp = service(services, LAMP);
		assertThat(lamp.get("service_name").asString()).isEqualTo("Sokak lambası yanmıyor");
		assertThat(lamp.get("description").asString()).isEqualTo("Yanmayan lamba.");
		assertThat(lamp.get("metadata").asBoolean()).isTrue();
		assertThat(lamp.get("type").asString()).isEqualTo("realtime");
		assertThat(lamp.get("keywords").asString()).isEqualTo("lamba, direk");
		assertThat(lamp.get("group").asString()).isEqualTo("lighting");
		assertThat(service(services, BENCH).get("metadata").asBoolean()).isFalse();
		assertThat(service(services, BENCH).get("description").asString()).isEmpty();
		assertThat(service(services, SUPPORT).get("description").asString()).startsWith("Destek gereken hane.")
			.contains("yaklaşık");
		assertThat(services.toString()).as("units and routing are not shown")
			.doesNotContain("\"aydinlatma\"", "\"aydinlatma-anadolu\"", "\"sosyal-hizmetler\"", "1421");
	}

	@Test
	void serviceListInXml() throws Exception {
		Element services = xml("/open311/v2/services.xml?jurisdiction_id=istanbul.bel.tr", 200);
		assertThat(services.getTagName()).isEqualTo("services");
		for (Element service : children(services)) {
			assertThat(service.getTagName()).isEqualTo("service");
			assertThat(names(service)).containsExactlyElementsOf(SERVICE_FIELDS);
			assertThat(text(service, "metadata")).isIn("true", "false");
			assertThat(text(service, "type")).isEqualTo("realtime");
		}
		Element lamp = service(services, LAMP);
		assertThat(text(lamp, "metadata")).isEqualTo("true");
		assertThat(text(lamp, "group")).isEqualTo("lighting");
		assertThat(text(service(services, BENCH), "metadata")).isEqualTo("false");
	}

	@Test
	void serviceDefinitionInJson() throws Exception {
		JsonNode definition = json("/open311/v2/services/" + LAMP + ".json", 200);
		assertThat(fieldNames(definition)).containsExactlyInAnyOrder("service_code", "attributes");
		assertThat(definition.get("service_code").asString()).isEqualTo(LAMP);
		JsonNode attributes = definition.get("attributes");
		assertThat(attributes.isArray()).isTrue();
		assertThat(attributes.size()).isEqualTo(6);
		Set<Integer> orders = new HashSet<>();
		Set<String> datatypes = new HashSet<>();
		for (JsonNode attribute : attributes) {
			assertThat(fieldNames(attribute)).containsExactlyInAnyOrderElementsOf(ATTRIBUTE_FIELDS);
			assertThat(attribute.get("variable").isBoolean()).isTrue();
			assertThat(attribute.get("code").isString()).isTrue();
			assertThat(attribute.get("datatype").asString()).isIn(DATATYPES);
			assertThat(attribute.get("required").isBoolean()).isTrue();
			assertThat(attribute.get("datatype_description").isString() || attribute.get("datatype_description").isNull())
				.isTrue();
			assertThat(attribute.get("order").isInt()).isTrue();
			assertThat(orders.add(attribute.get("order").asInt())).as("order used once").isTrue();
			assertThat(attribute.get("order").asInt()).isPositive();
			assertThat(attribute.get("description").asString()).isEqualTo("Soru");
			assertThat(attribute.get("values").isArray()).isTrue();
			datatypes.add(attribute.get("datatype").asString());
			boolean list = attribute.get("datatype").asString().endsWith("valuelist");
			assertThat(attribute.get("values").size()).isEqualTo(list ? 2 : 0);
			for (JsonNode value : attribute.get("values")) {
				assertThat(fieldNames(value)).containsExactlyInAnyOrder("key", "name");
				assertThat(value.get("key").isString()).isTrue();
				assertThat(value.get("name").isString()).isTrue();
			}
		}
		assertThat(datatypes).isEqualTo(DATATYPES);
		JsonNode string = attributes.get(0);
		assertThat(string.get("code").asString()).isEqualTo("STRING");
		assertThat(string.get("datatype_description").asString()).isEqualTo("KDK-00000");
		assertThat(attributes.get(1).get("required").asBoolean()).isTrue();
		assertThat(attributes.get(3).get("variable").asBoolean()).isFalse();
		assertThat(attributes.get(4).get("values").get(0).get("key").asString()).isEqualTo("small");
		assertThat(attributes.get(4).get("values").get(0).get("name").asString()).isEqualTo("Küçük");
		assertThat(definition.toString()).doesNotContain("\"aydinlatma\"", "\"aydinlatma-anadolu\"", "1421");

		JsonNode empty = json("/open311/v2/services/" + BENCH + ".json?jurisdiction_id=", 200);
		assertThat(empty.get("attributes").isArray()).isTrue();
		assertThat(empty.get("attributes").size()).isZero();
	}

	@Test
	void serviceDefinitionInXml() throws Exception {
		Element definition = xml("/open311/v2/services/" + LAMP + ".xml", 200);
		assertThat(definition.getTagName()).isEqualTo("service_definition");
		assertThat(names(definition)).containsExactly("service_code", "attributes");
		assertThat(text(definition, "service_code")).isEqualTo(LAMP);
		List<Element> attributes = children(child(definition, "attributes"));
		assertThat(attributes).hasSize(6).extracting(Element::getTagName).containsOnly("attribute");
		for (Element attribute : attributes) {
			assertThat(names(attribute)).containsExactlyElementsOf(ATTRIBUTE_FIELDS);
			assertThat(text(attribute, "variable")).isIn("true", "false");
			assertThat(text(attribute, "required")).isIn("true", "false");
			assertThat(text(attribute, "datatype")).isIn(DATATYPES);
			assertThat(Integer.parseInt(text(attribute, "order"))).isPositive();
		}
		Element list = attributes.get(4);
		assertThat(text(list, "datatype")).isEqualTo("singlevaluelist");
		List<Element> values = children(child(list, "values"));
		assertThat(values).extracting(Element::getTagName).containsExactly("value", "value");
		assertThat(names(values.get(0))).containsExactly("key", "name");
		assertThat(text(values.get(1), "key")).isEqualTo("large");
		assertThat(text(attributes.get(1), "datatype_description")).isEmpty();
	}

	@Test
	void namesAreInTheLanguageAskedForAndTurkishByDefault() throws Exception {
		JsonNode english = json(get("/open311/v2/services.json").header("Accept-Language", "en-GB,en;q=0.8"), 200);
		assertThat(service(english, LAMP).get("service_name").asString()).isEqualTo("Street light out");
		JsonNode parameter = json(get("/open311/v2/services.json?locale=en").header("Accept-Language", "tr"), 200);
		assertThat(service(parameter, LAMP).get("description").asString()).isEqualTo("A light that is out.");
		Element german = xml(get("/open311/v2/services/" + LAMP + ".xml?locale=de"), 200);
		assertThat(text(children(child(german, "attributes")).get(0), "description")).isEqualTo("Soru");
		Element definition = xml(get("/open311/v2/services/" + LAMP + ".xml").header("Accept-Language", "en"), 200);
		Element list = children(child(definition, "attributes")).get(4);
		assertThat(text(children(child(list, "values")).get(0), "name")).isEqualTo("Small");
		JsonNode turkish = json("/open311/v2/services.json", 200);
		assertThat(service(turkish, LAMP).get("service_name").asString()).isEqualTo("Sokak lambası yanmıyor");
	}

	@Test
	void anUnknownServiceCodeIsTheSpecifications404InBothFormats() throws Exception {
		assertJsonError(json("/open311/v2/services/no-such-service.json", 404), 404, "no-such-service");
		assertXmlError(xml("/open311/v2/services/no-such-service.xml", 404), 404, "no-such-service");
	}

	@Test
	void anUnknownJurisdictionIsTheSpecifications404InBothFormats() throws Exception {
		assertJsonError(json("/open311/v2/services.json?jurisdiction_id=ankara.bel.tr", 404), 404, "ankara.bel.tr");
		assertXmlError(xml("/open311/v2/services.xml?jurisdiction_id=ankara.bel.tr", 404), 404, "ankara.bel.tr");
		assertXmlError(xml("/open311/v2/services/" + LAMP + ".xml?jurisdiction_id=ankara.bel.tr", 404), 404,
				"ankara.bel.tr");
		assertJsonError(json(get("/open311/v2/services/" + LAMP + ".json?jurisdiction_id=ankara.bel.tr")
			.header("Accept-Language", "en"), 404), 404, "is not a jurisdiction this server serves");
	}

	@Test
	void otherErrorsUnderOpen311AreTheSpecificationsListNotProblemDetail() throws Exception {
		assertXmlError(xml("/open311/v2/services.csv", 404), 404, "");
		assertXmlError(xml("/open311/v2/reports.xml", 404), 404, "");
		assertJsonError(json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.delete("/open311/v2/services.json").with(org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.csrf()), 405), 405, "");
	}

	static void assertJsonError(JsonNode errors, int code, String described) {
		assertThat(errors.isArray()).isTrue();
		assertThat(errors.size()).isEqualTo(1);
		JsonNode error = errors.get(0);
		assertThat(fieldNames(error)).containsExactlyInAnyOrder("code", "description");
		assertThat(error.get("code").asInt()).isEqualTo(code);
		assertThat(error.get("description").asString()).isNotBlank().contains(described);
	}

	static void assertXmlError(Element errors, int code, String described) {
		assertThat(errors.getTagName()).isEqualTo("errors");
		assertThat(names(errors)).containsExactly("error");
		Element error = child(errors, "error");
		assertThat(names(error)).containsExactly("code", "description");
		assertThat(text(error, "code")).isEqualTo(String.valueOf(code));
		assertThat(text(error, "description")).isNotBlank().contains(described);
	}
}
