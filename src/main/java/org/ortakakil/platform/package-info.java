/**
 * What every page and API shares: layout, languages, security, errors as pages and as ProblemDetail,
 * rate limits, htmx support. Knows no business module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.ortakakil.platform;
