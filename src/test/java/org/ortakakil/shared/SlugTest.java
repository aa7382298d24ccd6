package org.ortakakil.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

	@ParameterizedTest
	@CsvSource({ "Kadıköy,kadikoy", "Üsküdar,uskudar", "Eyüpsultan,eyupsultan", "Çatalca,catalca", "Beyoğlu,beyoglu",
			"Şişli,sisli", "İnönü,inonu", "ISPARTA KULE,isparta-kule",
			"Büyükçekmece,buyukcekmece", "Gaziosmanpaşa,gaziosmanpasa", "ÇĞİÖŞÜ çğıöşü,cgiosu-cgiosu",
			"  Katılımcı Bütçe 2027! ,katilimci-butce-2027" })
	void turnsEveryTurkishLetterIntoAscii(String text, String slug) {
		assertThat(Slug.from(text).value()).isEqualTo(slug);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Kadıköy", "-kadikoy", "kadikoy-", "kadi--koy", "kadı", "a b" })
	void refusesWhatIsNotASlug(String value) {
		assertThatThrownBy(() -> new Slug(value)).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code()).isEqualTo("slug.invalid");
	}

	@Test
	void refusesTextWithNothingToKeep() {
		assertThatThrownBy(() -> Slug.from("!!!")).isInstanceOf(DomainException.class);
	}
}
