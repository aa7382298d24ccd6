package org.ortakakil.platform;

import java.util.Locale;
import java.util.function.Supplier;

import org.ortakakil.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A refused administration form: shown again with what was typed and why it was refused (422), and
 * nothing stored. What does not exist, or is not allowed, is not a form error: it becomes the 404
 * or 403 page. The first
 * segment of the error's code ({@code email} of {@code email.taken}) names the field at fault, as
 * {@code errorField}, so the form can mark it invalid for screen readers.
 */
@Component
public class FormRejection {

	private final ErrorMessages errors;

	FormRejection(ErrorMessages errors) {
		this.errors = errors;
	}

	public String show(DomainException e, Locale locale, Model model, HttpServletResponse response, Supplier<String> view) {
		if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
			throw e;
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("error", errors.of(e, locale));
		model.addAttribute("errorField", e.code().split("\\.")[0]);
		return view.get();
	}
}
