package org.ortakakil.identity.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ortakakil.shared.DomainException;

/** The form and check digits of a TC Kimlik No, and that it never prints itself. */
class TcKimlikNoTest {

	@ParameterizedTest
	@ValueSource(strings = { "10000000146", "20000000046", "12345678950", "99999999990", "100 000 001 46" })
	void validNumbersAreAccepted(String text) {
		assertThat(TcKimlikNo.isValid(text)).isTrue();
		assertThat(TcKimlikNo.parse(text)).isEqualTo(TcKimlikNo.parse(text.replace(" ", "")));
	}

	@Test
	void aTenthDigitFromANegativeDifferenceIsTakenModuloTenTheMathematicalWay() {
		// odd places 1+0+0+0+0 = 1, even places 9+9+9+9 = 36: 7 - 36 = -29, whose floor modulo 10 is 1
		// (Java's % would give -9 and refuse a valid number)
		assertThat(TcKimlikNo.isValid("19090909018")).isTrue();
		assertThat(TcKimlikNo.isValid("19090909098")).isFalse();
	}

	@ParameterizedTest
	@CsvSource({
		"'', tckn.length",
		"1000000014, tckn.length",
		"100000001460, tckn.length",
		"1000000014a, tckn.digits",
		"1000-000146, tckn.digits",
		"١٠٠٠٠٠٠٠١٤٦, tckn.digits",
		"01000000146, tckn.first-zero",
		"10000000156, tckn.check-digit",
		"10000000147, tckn.check-digit",
		"12345678901, tckn.check-digit" })
	void eachProblemHasItsOwnCode(String text, String code) {
		assertThat(TcKimlikNo.isValid(text)).isFalse();
		assertThatThrownBy(() -> TcKimlikNo.parse(text))
			.isInstanceOf(DomainException.class)
			.satisfies(e -> {
				assertThat(((DomainException) e).code()).isEqualTo(code);
				assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.INVALID);
			});
	}

	@Test
	void nothingIsNotANumber() {
		assertThatThrownBy(() -> TcKimlikNo.parse(null)).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code()).isEqualTo("tckn.length");
	}

	@Test
	void theNumberNeverPrintsItself() {
		TcKimlikNo number = TcKimlikNo.parse("10000000146");
		assertThat(number.toString()).isEqualTo("*********46").doesNotContain("100000001");
		assertThat(number.masked()).isEqualTo("*********46");
		assertThat(number.digits()).isEqualTo("10000000146");
	}
}
