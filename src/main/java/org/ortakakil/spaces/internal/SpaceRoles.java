package org.ortakakil.spaces.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.SpaceRole;
import org.ortakakil.spaces.SpaceRoleChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Grants and revokes the roles a person holds in one space; each change is audited. */
@Service
@Transactional
public class SpaceRoles {

	/** A role held in a space. */
	public record Grant(String principal, SpaceRole role, Instant grantedAt, String grantedBy) {
	}

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	SpaceRoles(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	public void grant(SpaceKind kind, long spaceId, String principal, SpaceRole role, Actor actor) {
		String who = requirePrincipal(principal);
		if (role == null) {
			throw DomainException.invalid("space-role.role-required");
		}
		Instant now = Instant.now();
		try {
			jdbc.sql("INSERT INTO space_role (space_kind, space_id, principal, role, granted_at, granted_by)"
					+ " VALUES (?, ?, ?, ?, ?, ?)")
				.params(kind.name(), spaceId, who, role.name(), Timestamp.from(now), actor.name())
				.update();
		}
		catch (DuplicateKeyException alreadyHeld) {
			throw DomainException.conflict("space-role.already-granted", who, role.name());
		}
		events.publishEvent(new SpaceRoleChanged(kind, spaceId, who, role, true, actor, now));
	}

	public void revoke(SpaceKind kind, long spaceId, String principal, SpaceRole role, Actor actor) {
		int removed = jdbc.sql("DELETE FROM space_role WHERE space_kind = ? AND space_id = ? AND principal = ? AND role = ?")
			.params(kind.name(), spaceId, principal, role.name())
			.update();
		if (removed == 0) {
			throw DomainException.notFound("space-role.not-found");
		}
		events.publishEvent(new SpaceRoleChanged(kind, spaceId, principal, role, false, actor, Instant.now()));
	}

	@Transactional(readOnly = true)
	public List<Grant> of(SpaceKind kind, long spaceId) {
		return jdbc.sql("SELECT principal, role, granted_at, granted_by FROM space_role"
				+ " WHERE space_kind = ? AND space_id = ? ORDER BY principal, role")
			.params(kind.name(), spaceId)
			.query((rs, i) -> new Grant(rs.getString(1), SpaceRole.valueOf(rs.getString(2)),
					rs.getTimestamp(3).toInstant(), rs.getString(4)))
			.list();
	}

	@Transactional(readOnly = true)
	public boolean holds(SpaceKind kind, long spaceId, String principal, SpaceRole role) {
		return jdbc.sql("SELECT COUNT(*) FROM space_role WHERE space_kind = ? AND space_id = ? AND principal = ? AND role = ?")
			.params(kind.name(), spaceId, principal, role.name())
			.query(Integer.class).single() > 0;
	}

	private static String requirePrincipal(String principal) {
		if (principal == null || principal.isBlank() || principal.length() > 200) {
			throw DomainException.invalid("space-role.principal-required");
		}
		return principal.strip();
	}
}
