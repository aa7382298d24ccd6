package org.ortakakil.shared;

import java.util.List;
import java.util.Objects;

/**
 * A business rule said no. The {@link #code()} is stable: it names the message shown to a person
 * ({@code error.<code>} in the bundles) and the ProblemDetail {@code type} shown to an API client.
 */
public class DomainException extends RuntimeException {

	public enum Kind { NOT_FOUND, INVALID, CONFLICT, FORBIDDEN }

	private final Kind kind;
	private final String code;
	private final List<Object> arguments;

	public DomainException(Kind kind, String code, Object... arguments) {
		super(code);
		this.kind = Objects.requireNonNull(kind);
		this.code = Objects.requireNonNull(code);
		this.arguments = List.of(arguments);
	}

	public static DomainException notFound(String code, Object... arguments) {
		return new DomainException(Kind.NOT_FOUND, code, arguments);
	}

	public static DomainException invalid(String code, Object... arguments) {
		return new DomainException(Kind.INVALID, code, arguments);
	}

	public static DomainException conflict(String code, Object... arguments) {
		return new DomainException(Kind.CONFLICT, code, arguments);
	}

	public static DomainException forbidden(String code, Object... arguments) {
		return new DomainException(Kind.FORBIDDEN, code, arguments);
	}

	public Kind kind() {
		return kind;
	}

	public String code() {
		return code;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}
}
