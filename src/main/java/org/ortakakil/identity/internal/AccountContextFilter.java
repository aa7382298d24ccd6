package org.ortakakil.identity.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.shared.Actor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Runs on every request of a logged-in person, after authentication and before authorization. It
 * reads the account afresh: a deleted account is logged out; changed roles replace the ones in the
 * session; the request learns its {@link CurrentAccount} and {@link Actor} (the resident, in an
 * assisted session); and someone who has not accepted the current consent text is asked to first.
 */
class AccountContextFilter extends OncePerRequestFilter {

	private static final Set<String> OPEN_WHILE_CONSENT_PENDING = Set.of("/account/consent", "/account/data",
			"/account/delete", "/logout", "/login", "/error");

	private final AccountStore store;
	private final AccountDirectory directory;
	private final AccountAuthentication authentication;
	private final ConsentTexts consent;
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountContextFilter(AccountStore store, AccountDirectory directory, AccountAuthentication authentication,
			ConsentTexts consent) {
		this.store = store;
		this.directory = directory;
		this.authentication = authentication;
		this.consent = consent;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = path(request);
		return path.startsWith("/assets/") || path.startsWith("/webjars/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityContext context = SecurityContextHolder.getContext();
		Authentication current = context.getAuthentication();
		if (current == null || !(current.getPrincipal() instanceof AccountUser user)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AccountRecord> found = store.byId(user.id()).filter(a -> !a.deleted() && a.confirmed());
		if (found.isEmpty()) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			chain.doFilter(request, response);
			return;
		}
		AccountRecord account = found.get();
		if (account.securityVersion() != user.securityVersion()) {
			AccountUser fresh = authentication.reload(account.id());
			UsernamePasswordAuthenticationToken replaced = UsernamePasswordAuthenticationToken.authenticated(fresh, null,
					fresh.getAuthorities());
			replaced.setDetails(current.getDetails());
			context.setAuthentication(replaced);
			contexts.saveContext(context, request, response);
		}
		CurrentAccount me = directory.view(account, null);
		request.setAttribute(AccountDirectory.AUTHENTICATED, me);
		HttpSession session = request.getSession(false);
		AssistedSession assisted = session == null ? null
				: session.getAttribute(AssistedSession.ATTRIBUTE) instanceof AssistedSession a ? a : null;
		Optional<CurrentAccount> resident = assisted == null ? Optional.empty()
				: directory.load(assisted.residentId(), me.principal());
		if (resident.isPresent()) {
			request.setAttribute(AccountDirectory.CURRENT, resident.get());
			request.setAttribute(Actor.REQUEST_ATTRIBUTE,
					new Actor(resident.get().principal(), request.getRemoteAddr(), me.principal()));
		}
		else {
			request.setAttribute(AccountDirectory.CURRENT, me);
			request.setAttribute(Actor.REQUEST_ATTRIBUTE, new Actor(me.principal(), request.getRemoteAddr()));
			if (consent.outdated(account.consentVersion()) && "GET".equals(request.getMethod()) && !OPEN_WHILE_CONSENT_PENDING.contains(path(request))
					&& !path(request).startsWith("/api/")) {
				response.sendRedirect(request.getContextPath() + "/account/consent");
				return;
			}
		}
		chain.doFilter(request, response);
	}


	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
