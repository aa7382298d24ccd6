package org.ortakakil.identity;

import java.time.Instant;

import org.ortakakil.audit.AuditableEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/**
 * A security-relevant act on an account: registered, confirmed, logged in, locked out, password
 * reset, role granted or revoked, verified, assisted session started or ended, data downloaded,
 * deleted. Written to the audit log; the summary never holds personal data.
 *
 * @param action a dotted name such as {@code account.registered} or {@code role.granted}
 * @param accountId the account acted on, or 0 when there is none (a failed login for an unknown e-mail)
 */
public record IdentityEvent(String action, long accountId, Actor actor, Instant occurredAt, String summary)
		implements AuditableEvent {

	@Override
	public ResourceRef resource() {
		return ResourceRef.of("account", accountId == 0 ? "-" : String.valueOf(accountId));
	}
}
