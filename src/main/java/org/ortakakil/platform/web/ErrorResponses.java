package org.ortakakil.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ortakakil.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every error a controller can raise, answered the same way for every module: never a stack trace,
 * never an exception's own message.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorResponses {

	private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

	private final Problems problems;
	private final MessageSource messages;

	ErrorResponses(Problems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	Object domain(DomainException e, HttpServletRequest request, Locale locale) {
		return problems.respond(request, statusOf(e.kind()), e.code(), e.arguments(), locale);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request, Locale locale) {
		return problems.respond(request, HttpStatus.BAD_REQUEST, "request.parameter-missing",
				new Object[] { e.getParameterName() }, locale);
	}

	@ExceptionHandler(TypeMismatchException.class)
	Object malformedParameter(TypeMismatchException e, HttpServletRequest request, Locale locale) {
		String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
		return problems.respond(request, HttpStatus.BAD_REQUEST, "request.parameter-malformed", new Object[] { name },
				locale);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadableBody(HttpServletRequest request, Locale locale) {
		return problems.respond(request, HttpStatus.BAD_REQUEST, "request.body-malformed", new Object[0], locale);
	}

	@ExceptionHandler(BindException.class)
	Object invalidFields(BindException e, HttpServletRequest request, Locale locale) {
		List<Map<String, String>> errors = e.getFieldErrors().stream()
				.map(error -> Map.of("field", error.getField(), "message", message(error, locale)))
				.toList();
		return problems.respond(request, HttpStatus.BAD_REQUEST, "request.validation-failed", new Object[0], locale,
				Map.of("errors", errors));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	Object invalidArguments(HttpServletRequest request, Locale locale) {
		return problems.respond(request, HttpStatus.BAD_REQUEST, "request.validation-failed", new Object[0], locale);
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	Object notFound(HttpServletRequest request, Locale locale) {
		return problems.respond(request, HttpStatus.NOT_FOUND, "resource.not-found", new Object[0], locale);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpServletRequest request, Locale locale) {
		return problems.respond(request, HttpStatus.METHOD_NOT_ALLOWED, "request.method-not-allowed", new Object[0],
				locale);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object unsupportedMediaType(HttpServletRequest request, Locale locale) {
		return problems.respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.media-type-unsupported",
				new Object[0], locale);
	}

	/** Also the error dispatch of OversizedFormFilter's 413, whose request still cannot be read. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, Locale locale) {
		return problems.respond(request, HttpStatus.PAYLOAD_TOO_LARGE, "request.too-large", new Object[0], locale);
	}

	@ExceptionHandler(MultipartException.class)
	Object malformedMultipart(HttpServletRequest request, Locale locale) {
		return problems.respond(request, HttpStatus.BAD_REQUEST, "request.body-malformed", new Object[0], locale);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	Object concurrentModification(HttpServletRequest request, Locale locale) {
		return problems.respond(request, HttpStatus.CONFLICT, "request.concurrent-modification", new Object[0], locale);
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception e, HttpServletRequest request, Locale locale) throws Exception {
		if (e instanceof org.springframework.security.access.AccessDeniedException
				|| e instanceof org.springframework.security.core.AuthenticationException) {
			throw e; // Spring Security's filters answer these: login page or 403
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
		return problems.respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "server.error", new Object[0], locale);
	}

	private String message(FieldError error, Locale locale) {
		return messages.getMessage(error, locale);
	}

	static HttpStatus statusOf(DomainException.Kind kind) {
		switch (kind) {
			case NOT_FOUND:
				return HttpStatus.NOT_FOUND;
			case CONFLICT:
				return HttpStatus.CONFLICT;
			case FORBIDDEN:
				return HttpStatus.FORBIDDEN;
			default:
				return HttpStatus.BAD_REQUEST;
		}
	}
}
