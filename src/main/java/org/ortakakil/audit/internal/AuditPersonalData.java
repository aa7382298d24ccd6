package org.ortakakil.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ortakakil.audit.AuditLog;
import org.ortakakil.platform.PersonalDataHolder;
import org.springframework.stereotype.Component;

/**
 * The audit entries about what an account did, or what staff did for it, with the addresses they
 * came from. They are exported but not erased: the log is append-only and hash-chained, kept for
 * the security of the platform (KVKK article 5(2)(ç) and (f)); its entries name accounts by number,
 * and the number leads nowhere once the account is deleted.
 */
@Component
class AuditPersonalData implements PersonalDataHolder {

	private final AuditLog log;

	AuditPersonalData(AuditLog log) {
		this.log = log;
	}

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public Object export(long accountId, String principal) {
		return log.actsOf(principal, 10_000).stream().map(entry -> {
			Map<String, Object> act = new LinkedHashMap<>();
			act.put("at", entry.occurredAt().toString());
			act.put("action", entry.action());
			act.put("resource", entry.resourceType() + ":" + entry.resourceId());
			act.put("address", entry.address());
			act.put("assistedBy", entry.assistedBy());
			return act;
		}).toList();
	}

	@Override
	public void erase(long accountId, String principal) {
		// kept on purpose: see the class comment
	}
}
