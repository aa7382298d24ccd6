package org.ortakakil.platform;

import java.util.Locale;

import org.ortakakil.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The sentence a person reads for a business error, in their language. */
@Component
public class ErrorMessages {

	/** A request attribute by which a filter names the error code the error page should explain. */
	public static final String CODE_ATTRIBUTE = "org.ortakakil.platform.error-code";

	private final MessageSource messages;

	ErrorMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String of(DomainException error, Locale locale) {
		return messages.getMessage("error." + error.code(), error.arguments(), error.code(), locale);
	}
}
