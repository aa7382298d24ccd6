package org.ortakakil.budgeting.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** An exact fraction, always normalised (positive denominator, lowest terms). */
public final class Rational implements Comparable<Rational> {

	public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
	public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

	private final BigInteger num;
	private final BigInteger den;

	private Rational(BigInteger num, BigInteger den) {
		this.num = num;
		this.den = den;
	}

	public static Rational of(BigInteger num, BigInteger den) {
		if (den.signum() == 0) {
			throw new ArithmeticException("division by zero");
		}
		if (den.signum() < 0) {
			num = num.negate();
			den = den.negate();
		}
		if (num.signum() == 0) {
			return ZERO;
		}
		if (!den.equals(BigInteger.ONE)) {
			BigInteger g = num.gcd(den);
			if (!g.equals(BigInteger.ONE)) {
				num = num.divide(g);
				den = den.divide(g);
			}
		}
		return new Rational(num, den);
	}

	public static Rational of(long num, long den) {
		return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
	}

	public static Rational of(long value) {
		return value == 0 ? ZERO : new Rational(BigInteger.valueOf(value), BigInteger.ONE);
	}

	public static Rational of(BigInteger value) {
		return new Rational(value, BigInteger.ONE);
	}

	/** The exact value of a decimal ({@code 322239.55} is 32223955/100). */
	public static Rational of(BigDecimal value) {
		if (value.scale() <= 0) {
			return new Rational(value.toBigIntegerExact(), BigInteger.ONE);
		}
		return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
	}

	public BigInteger numerator() {
		return num;
	}

	public BigInteger denominator() {
		return den;
	}

	public int signum() {
		return num.signum();
	}

	public Rational add(Rational o) {
		if (den.equals(o.den)) {
			return of(num.add(o.num), den);
		}
		return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
	}

	public Rational subtract(Rational o) {
		if (den.equals(o.den)) {
			return of(num.subtract(o.num), den);
		}
		return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
	}

	public Rational multiply(Rational o) {
		return of(num.multiply(o.num), den.multiply(o.den));
	}

	public Rational multiply(long k) {
		return of(num.multiply(BigInteger.valueOf(k)), den);
	}

	/** this − o·k, normalised once. */
	public Rational subtractTimes(Rational o, long k) {
		if (o.num.signum() == 0 || k == 0) {
			return this;
		}
		BigInteger ok = o.num.multiply(BigInteger.valueOf(k));
		if (den.equals(o.den)) {
			return of(num.subtract(ok), den);
		}
		return of(num.multiply(o.den).subtract(ok.multiply(den)), den.multiply(o.den));
	}

	/** Compares this·a with o·b without normalising. */
	public int compareScaled(long a, Rational o, long b) {
		BigInteger left = num.multiply(BigInteger.valueOf(a));
		BigInteger right = o.num.multiply(BigInteger.valueOf(b));
		if (den.equals(o.den)) {
			return left.compareTo(right);
		}
		return left.multiply(o.den).compareTo(right.multiply(den));
	}

	public Rational divide(Rational o) {
		return of(num.multiply(o.den), den.multiply(o.num));
	}

	public Rational divide(long k) {
		return of(num, den.multiply(BigInteger.valueOf(k)));
	}

	public Rational min(Rational o) {
		return compareTo(o) <= 0 ? this : o;
	}

	/** The largest integer not above this value. */
	public BigInteger floor() {
		BigInteger[] qr = num.divideAndRemainder(den);
		return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
	}

	/** An approximation, for ordering fast paths only (never for a result). */
	public double doubleValue() {
		if (num.bitLength() < 1000 && den.bitLength() < 1000) {
			return num.doubleValue() / den.doubleValue();
		}
		return new BigDecimal(num).divide(new BigDecimal(den), java.math.MathContext.DECIMAL64).doubleValue();
	}

	public BigDecimal toBigDecimal(int scale) {
		return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_EVEN);
	}

	@Override
	public int compareTo(Rational o) {
		if (den.equals(o.den)) {
			return num.compareTo(o.num);
		}
		return num.multiply(o.den).compareTo(o.num.multiply(den));
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Rational r && num.equals(r.num) && den.equals(r.den);
	}

	@Override
	public int hashCode() {
		return num.hashCode() * 31 + den.hashCode();
	}

	@Override
	public String toString() {
		return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
	}
}
