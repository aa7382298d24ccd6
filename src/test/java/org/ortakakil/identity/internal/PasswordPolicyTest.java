package org.ortakakil.identity.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

	final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void aLongUncommonPasswordIsAccepted() {
		assertThatCode(() -> policy.check("Boğaziçi köprüsü 1973", "ayse@ornek.tr", "Ayşe")).doesNotThrowAnyException();
		assertThatCode(() -> policy.check("çğıöşüÇĞİÖŞ", null, null)).doesNotThrowAnyException();
	}

	@Test
	void lengthIsCountedInCharactersAndBoundedInBytes() {
		assertThatThrownBy(() -> policy.check("kısa-1234", null, null)).hasMessage("password.too-short");
		assertThatThrownBy(() -> policy.check(null, null, null)).hasMessage("password.too-short");
		// 40 two-byte letters are 80 bytes: more than BCrypt reads
		assertThatThrownBy(() -> policy.check("ş".repeat(40), null, null)).hasMessage("password.too-long");
	}

	@Test
	void commonPasswordsAreRefusedWhateverTheCase() {
		for (String common : new String[] { "1234567890", "Galatasaray1905", "FENERBAHÇE1907", "Şifre123456",
				"qwertyuiop", "bbbbbbbbbbbb" }) {
			assertThatThrownBy(() -> policy.check(common, null, null)).as(common).hasMessage("password.common");
		}
	}

	@Test
	void thePersonsOwnAddressOrNameIsRefused() {
		assertThatThrownBy(() -> policy.check("ayse.yilmaz@ornek.tr", "Ayse.Yilmaz@ornek.tr", "x"))
			.hasMessage("password.personal");
		assertThatThrownBy(() -> policy.check("ayse.yilmaz", "ayse.yilmaz@ornek.tr", "x")).hasMessage("password.personal");
		assertThatThrownBy(() -> policy.check("İsmail Işıkçı", "i@ornek.tr", "ismail ışıkçı")).hasMessage("password.personal");
	}
}
