package org.ortakakil.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ortakakil.shared.DomainException;

class EmailAddressTest {

	@Test
	void theKeyFoldsAsciiAndTurkishCaseAlike() {
		String key = EmailAddress.parse("ışık.kaya@örnek.istanbul").key();
		assertThat(EmailAddress.parse("IŞIK.KAYA@ÖRNEK.ISTANBUL").key()).isEqualTo(key);
		assertThat(EmailAddress.parse("İşık.Kaya@Örnek.İstanbul").key()).isEqualTo(key);
		assertThat(EmailAddress.parse("  işik.kaya@örnek.istanbul ").key()).isEqualTo(key);
		assertThat(EmailAddress.parse("ayse@ornek.istanbul").key()).isNotEqualTo(EmailAddress.parse("ayşe@ornek.istanbul").key());
	}

	@Test
	void aDomainSentAsPunycodeIsTheSameAddress() {
		EmailAddress unicode = EmailAddress.parse("ayşe@örnek.istanbul");
		EmailAddress ascii = EmailAddress.parse("ayşe@xn--rnek-4qa.istanbul");
		assertThat(ascii.value()).isEqualTo("ayşe@örnek.istanbul");
		assertThat(ascii.key()).isEqualTo(unicode.key());
		assertThat(EmailAddress.forSending(unicode.value())).isEqualTo("ayşe@xn--rnek-4qa.istanbul");
	}

	@Test
	void theAddressIsKeptAsTypedApartFromSpaces() {
		assertThat(EmailAddress.parse(" Ayşe.Yılmaz@Örnek.tr ").value()).isEqualTo("Ayşe.Yılmaz@Örnek.tr");
	}

	@Test
	void whatIsNotAnAddressIsRefused() {
		for (String bad : new String[] { "ayse", "ayse@", "@ornek.tr", "ay se@ornek.tr", "ayse@ornek", "a@b@c.tr",
				"<script>@x.tr", "x".repeat(250) + "@ornek.tr" }) {
			assertThatThrownBy(() -> EmailAddress.parse(bad)).as(bad).isInstanceOf(DomainException.class)
				.hasMessage("email.invalid");
		}
		assertThatThrownBy(() -> EmailAddress.parse("  ")).hasMessage("email.required");
		assertThatThrownBy(() -> EmailAddress.parse(null)).hasMessage("email.required");
	}
}
