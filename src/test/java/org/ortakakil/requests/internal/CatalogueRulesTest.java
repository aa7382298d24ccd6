package org.ortakakil.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ortakakil.requests.AttributeDatatype;
import org.ortakakil.requests.AttributeValue;
import org.ortakakil.requests.Priority;
import org.ortakakil.requests.RoutingRule;
import org.ortakakil.requests.ServiceCategoryView;
import org.ortakakil.requests.ServiceGroup;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;

/** The catalogue's rules that need no database: drafts check themselves, routing prefers the district. */
class CatalogueRulesTest {

	static final LocalizedText NAME = LocalizedText.of("Sokak lambası yanmıyor", "Street light out");

	static CategoryDraft draft(String code, String unit, Map<Priority, Integer> targets) {
		return new CategoryDraft(code, NAME, null, ServiceGroup.LIGHTING, List.of(" lamba", "", "direk ", "lamba"),
				false, true, true, unit, targets);
	}

	static String codeOf(Runnable refused) {
		try {
			refused.run();
		}
		catch (DomainException e) {
			return e.code();
		}
		throw new AssertionError("not refused");
	}

	@Test
	void aDraftKeepsItsKeywordsTrimmedAndOnce() {
		CategoryDraft draft = draft("sokak-lambasi", " aydinlatma ", Map.of(Priority.URGENT, 12));
		assertThat(draft.keywords()).containsExactly("lamba", "direk");
		assertThat(draft.defaultUnit()).isEqualTo("aydinlatma");
		assertThat(draft.targetHours()).containsEntry(Priority.URGENT, 12).hasSize(1);
	}

	@Test
	void codesAndUnitKeysAreSlugLike() {
		assertThat(codeOf(() -> draft("Sokak Lambası", "aydinlatma", Map.of()))).isEqualTo("services.code-invalid");
		assertThat(codeOf(() -> draft("", "aydinlatma", Map.of()))).isEqualTo("services.code-invalid");
		assertThat(codeOf(() -> draft("a".repeat(61), "aydinlatma", Map.of()))).isEqualTo("services.code-invalid");
		assertThat(codeOf(() -> draft("lamba", "Aydınlatma", Map.of()))).isEqualTo("services.unit-invalid");
		assertThat(codeOf(() -> draft("lamba", "", Map.of()))).isEqualTo("services.unit-invalid");
		assertThat(codeOf(() -> draft("lamba", "yol--bakim", Map.of()))).isEqualTo("services.unit-invalid");
	}

	@Test
	void targetHoursArePositive() {
		assertThat(codeOf(() -> draft("lamba", "aydinlatma", Map.of(Priority.LOW, 0)))).isEqualTo("services.target-invalid");
		assertThat(codeOf(() -> draft("lamba", "aydinlatma", Map.of(Priority.HIGH, -3))))
			.isEqualTo("services.target-invalid");
	}

	@Test
	void groupsAndDatatypesAreOnlyTheKnownOnes() {
		assertThat(ServiceGroup.parse(" roads ")).isEqualTo(ServiceGroup.ROADS);
		assertThat(ServiceGroup.ROADS.code()).isEqualTo("roads");
		assertThat(codeOf(() -> ServiceGroup.parse("sanitation"))).isEqualTo("services.group-unknown");
		assertThat(codeOf(() -> ServiceGroup.parse(null))).isEqualTo("services.group-unknown");
		assertThat(AttributeDatatype.parse("multivaluelist")).isEqualTo(AttributeDatatype.multivaluelist);
		assertThat(codeOf(() -> AttributeDatatype.parse("STRING"))).isEqualTo("services.datatype-unknown");
		assertThat(AttributeDatatype.values()).extracting(Enum::name).containsExactly("string", "number", "datetime",
				"text", "singlevaluelist", "multivaluelist");
	}

	@Test
	void onlyListsHaveValuesAndTheyMustHaveSome() {
		LocalizedText question = LocalizedText.of("Ne büyüklükte?");
		List<AttributeValue> sizes = AttributeDraft.values("small = Küçük\n\n large=Büyük ");
		assertThat(sizes).extracting(AttributeValue::key).containsExactly("small", "large");
		assertThat(sizes.get(1).name().turkish()).isEqualTo("Büyük");
		assertThat(new AttributeDraft("SIZE", AttributeDatatype.singlevaluelist, true, true, question, " ", sizes)
			.datatypeDescription()).isNull();
		assertThat(codeOf(() -> new AttributeDraft("SIZE", AttributeDatatype.multivaluelist, true, true, question, null,
				List.of()))).isEqualTo("services.values-required");
		assertThat(codeOf(() -> new AttributeDraft("SIZE", AttributeDatatype.number, true, true, question, null, sizes)))
			.isEqualTo("services.values-only-for-lists");
		assertThat(codeOf(() -> AttributeDraft.values("small"))).isEqualTo("services.value-invalid");
		assertThat(codeOf(() -> AttributeDraft.values("small = "))).isEqualTo("services.value-invalid");
		assertThat(codeOf(() -> new AttributeDraft("SIZE", AttributeDatatype.singlevaluelist, true, true, question,
				null, AttributeDraft.values("a = A\na = B")))).isEqualTo("services.value-invalid");
		assertThat(codeOf(() -> new AttributeDraft("size of it", AttributeDatatype.string, true, true, question, null,
				List.of()))).isEqualTo("services.attribute-code-invalid");
	}

	@Test
	void aDistrictsRuleWinsOverTheDefaultUnit() {
		ServiceCategoryView category = new ServiceCategoryView(1, "lamba", NAME, null, ServiceGroup.LIGHTING, List.of(),
				false, true, true, "aydinlatma", List.of(), Map.of(), List.of(new RoutingRule(1421, "aydinlatma-anadolu")));
		assertThat(category.unitFor(1421)).isEqualTo("aydinlatma-anadolu");
		assertThat(category.unitFor(1183)).isEqualTo("aydinlatma");
		assertThat(category.hasAttributes()).isFalse();
	}
}
