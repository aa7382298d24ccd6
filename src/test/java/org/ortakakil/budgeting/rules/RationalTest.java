package org.ortakakil.budgeting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.junit.jupiter.api.Test;

class RationalTest {

	@Test
	void decimalsAreExact() {
		Rational r = Rational.of(new BigDecimal("322239.55"));
		assertThat(r).isEqualTo(Rational.of(32223955, 100));
		assertThat(r.numerator()).isEqualTo(BigInteger.valueOf(6444791));
		assertThat(r.denominator()).isEqualTo(BigInteger.valueOf(20));
		assertThat(Rational.of(new BigDecimal("1E+3"))).isEqualTo(Rational.of(1000));
	}

	@Test
	void normalisedSoEqualValuesAreEqual() {
		assertThat(Rational.of(2, 4)).isEqualTo(Rational.of(1, 2)).hasSameHashCodeAs(Rational.of(1, 2));
		assertThat(Rational.of(1, -2)).isEqualTo(Rational.of(-1, 2));
		assertThat(Rational.of(0, 5)).isEqualTo(Rational.ZERO);
		assertThatThrownBy(() -> Rational.of(1, 0)).isInstanceOf(ArithmeticException.class);
	}

	@Test
	void arithmetic() {
		Rational third = Rational.of(1, 3);
		Rational sixth = Rational.of(1, 6);
		assertThat(third.add(sixth)).isEqualTo(Rational.of(1, 2));
		assertThat(third.subtract(sixth)).isEqualTo(sixth);
		assertThat(third.multiply(sixth)).isEqualTo(Rational.of(1, 18));
		assertThat(third.divide(sixth)).isEqualTo(Rational.of(2));
		assertThat(third.subtractTimes(sixth, 2)).isEqualTo(Rational.ZERO);
		assertThat(Rational.of(7, 2).floor()).isEqualTo(BigInteger.valueOf(3));
		assertThat(Rational.of(-7, 2).floor()).isEqualTo(BigInteger.valueOf(-4));
	}

	@Test
	void comparisonIsExactWhereDoublesWouldTie() {
		Rational a = Rational.of(BigInteger.TEN.pow(30).add(BigInteger.ONE), BigInteger.TEN.pow(30));
		assertThat(a.compareTo(Rational.ONE)).isPositive();
		assertThat(a.doubleValue()).isEqualTo(1.0);
		assertThat(Rational.of(1, 3).compareTo(Rational.of(2, 6))).isZero();
		assertThat(Rational.of(1, 3).compareScaled(3, Rational.ONE, 1)).isZero();
		assertThat(Rational.of(1, 3).compareScaled(2, Rational.ONE, 1)).isNegative();
	}
}
