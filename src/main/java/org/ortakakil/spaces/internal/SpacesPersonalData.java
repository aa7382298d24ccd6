package org.ortakakil.spaces.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ortakakil.platform.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What spaces hold about an account: the roles it holds in spaces and the assembly seats linked to
 * it. Erasing revokes the roles and unlinks the seats; a seat's public name, entered by staff as
 * part of the assembly's composition, stays with the assembly.
 */
@Component
class SpacesPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	SpacesPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "spaces";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(long accountId, String principal) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("roles", jdbc.sql("SELECT space_kind, space_id, role, granted_at FROM space_role WHERE principal = ?"
				+ " ORDER BY granted_at").param(principal)
			.query((rs, i) -> Map.of("space", rs.getString(1).toLowerCase(java.util.Locale.ROOT) + ":" + rs.getLong(2),
					"role", rs.getString(3), "grantedAt", rs.getTimestamp(4).toInstant().toString()))
			.list());
		data.put("assemblySeats", jdbc.sql("SELECT assembly_id, name, member_position FROM space_member WHERE account_id = ?")
			.param(accountId)
			.query((rs, i) -> Map.of("assembly", rs.getLong(1), "name", rs.getString(2), "position", rs.getString(3)))
			.list());
		return data;
	}

	@Override
	@Transactional
	public void erase(long accountId, String principal) {
		jdbc.sql("DELETE FROM space_role WHERE principal = ?").param(principal).update();
		jdbc.sql("UPDATE space_member SET account_id = NULL WHERE account_id = ?").param(accountId).update();
	}
}
