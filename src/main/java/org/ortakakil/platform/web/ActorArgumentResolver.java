package org.ortakakil.platform.web;

import java.security.Principal;
import java.util.List;

import org.ortakakil.shared.Actor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Lets a controller method declare an {@link Actor} parameter: who is asking, and from where. The
 * identity module may have put the actor in the request already (an assisted session names both).
 */
@Configuration(proxyBeanMethods = false)
class ActorArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Actor.class.equals(parameter.getParameterType());
	}

	@Override
	public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		if (request.getAttribute(Actor.REQUEST_ATTRIBUTE, NativeWebRequest.SCOPE_REQUEST) instanceof Actor actor) {
			return actor;
		}
		Principal principal = request.getUserPrincipal();
		HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
		return new Actor(principal == null ? null : principal.getName(),
				servletRequest == null ? null : servletRequest.getRemoteAddr());
	}
}
