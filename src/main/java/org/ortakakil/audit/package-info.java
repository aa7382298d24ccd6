/**
 * The append-only, tamper-evident log of administrative acts. Other modules publish events that
 * implement {@link org.ortakakil.audit.AuditableEvent}; this module depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.ortakakil.audit;
