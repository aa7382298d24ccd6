package org.ortakakil.requests.teams.web;

import org.ortakakil.identity.CurrentAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page knows whether the person is a member of a motorized team ({@code teamMember}), so the
 * navigation can offer their phone page. Membership is not a role: the teams' own table says it.
 */
@ControllerAdvice
class TeamMemberModel {

	private final JdbcClient jdbc;

	TeamMemberModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ModelAttribute("teamMember")
	boolean teamMember(CurrentAccount me) {
		return me != null && !me.assisted() && jdbc.sql("SELECT COUNT(*) FROM team_member WHERE principal = ?")
			.param(me.principal()).query(Long.class).single() > 0;
	}
}
