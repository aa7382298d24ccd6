package org.ortakakil.budgeting.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A project of an election: its id, its exact cost (parsed from the text, never through a double), its
 * place in the file's PROJECTS section (ties are broken by it where the rules say so), and the other
 * columns as written (name, votes, selected, …).
 */
public record Project(String id, BigDecimal cost, int position, Map<String, String> fields) {

	public Project {
		fields = Map.copyOf(fields);
	}
}
