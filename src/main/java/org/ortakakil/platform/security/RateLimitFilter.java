package org.ortakakil.platform.security;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.ortakakil.platform.PlatformProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A token bucket per client address for the expensive endpoints, whoever is logged in. Kept per
 * instance: behind a load balancer with N instances an address gets at most N times the rate.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitFilter extends OncePerRequestFilter {

	private final PlatformProperties.RateLimit settings;
	private final AntPathMatcher matcher = new AntPathMatcher();
	private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

	RateLimitFilter(PlatformProperties properties) {
		this.settings = properties.rateLimit();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return settings.paths().stream().noneMatch(pattern -> matcher.match(pattern, path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		TokenBucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(),
				address -> new TokenBucket(settings.burst(), settings.requestsPerMinute()));
		long waitNanos = bucket.tryTake(System.nanoTime());
		if (waitNanos > 0) {
			response.setHeader("Retry-After", String.valueOf(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos) + 1)));
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return;
		}
		chain.doFilter(request, response);
	}

	/** Forgets addresses whose bucket has refilled, so the map does not grow without end. */
	@Scheduled(fixedDelay = 5, timeUnit = TimeUnit.MINUTES)
	void forgetIdleAddresses() {
		long now = System.nanoTime();
		buckets.values().removeIf(bucket -> bucket.isFull(now));
	}
}
