package org.ortakakil.requests.teams.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.ortakakil.requests.teams.Team;

/** Times as the city reads them, for the templates: in İstanbul time, whatever the server's zone. */
public record IstanbulTime(String pattern) {

	public String of(OffsetDateTime time) {
		return time == null ? "—" : time.atZoneSameInstant(Team.ISTANBUL).format(DateTimeFormatter.ofPattern(pattern));
	}
}
