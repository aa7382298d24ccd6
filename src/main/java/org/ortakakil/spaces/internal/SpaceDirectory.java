package org.ortakakil.spaces.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ortakakil.shared.LocalizedText;
import org.ortakakil.spaces.AssemblyType;
import org.ortakakil.spaces.AssemblyView;
import org.ortakakil.spaces.MemberPosition;
import org.ortakakil.spaces.MemberView;
import org.ortakakil.spaces.PhaseView;
import org.ortakakil.spaces.ProcessView;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.SpaceRole;
import org.ortakakil.spaces.Spaces;
import org.ortakakil.spaces.TimeState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of spaces: a handful of queries build every view, however many spaces there are,
 * instead of one query per space and collection.
 */
@Service
@Transactional(readOnly = true)
public class SpaceDirectory implements Spaces {

	/** What a resident can still take part in first: active, then upcoming, then past; earliest start first. */
	static final Comparator<ProcessView> READING_ORDER = Comparator.comparing(ProcessView::state)
		.thenComparing(ProcessView::startsOn, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(ProcessView::slug);

	private final JdbcClient jdbc;
	private final Clock clock;
	private final SpaceRoles roles;

	SpaceDirectory(JdbcClient jdbc, Clock clock, SpaceRoles roles) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.roles = roles;
	}

	@Override
	public Optional<ProcessView> process(long id) {
		return processes(true, "p.id = ?", id).stream().findFirst();
	}

	@Override
	public Optional<ProcessView> process(String slug) {
		return processes(true, "p.slug = ?", slug).stream().findFirst();
	}

	@Override
	public Optional<AssemblyView> assembly(long id) {
		return assemblies(true, "a.id = ?", id).stream().findFirst();
	}

	@Override
	public Optional<AssemblyView> assembly(String slug) {
		return assemblies(true, "a.slug = ?", slug).stream().findFirst();
	}

	@Override
	public List<ProcessView> processes() {
		return processes(true, null);
	}

	@Override
	public List<AssemblyView> assemblies() {
		return assemblies(true, null);
	}

	@Override
	public boolean hasRole(SpaceKind kind, long spaceId, String principal, SpaceRole role) {
		return roles.holds(kind, spaceId, principal, role);
	}

	/** Drafts included: for administrators. */
	public List<ProcessView> allProcesses() {
		return processes(false, null);
	}

	public List<AssemblyView> allAssemblies() {
		return assemblies(false, null);
	}

	public Optional<ProcessView> anyProcess(long id) {
		return processes(false, "p.id = ?", id).stream().findFirst();
	}

	public Optional<AssemblyView> anyAssembly(long id) {
		return assemblies(false, "a.id = ?", id).stream().findFirst();
	}

	/** {@code condition} is a constant with {@code ?} placeholders; every query below binds the same values. */
	private List<ProcessView> processes(boolean publishedOnly, String condition, Object... values) {
		String where = where(publishedOnly ? "p.published = TRUE" : null, condition);
		Map<Long, List<Phase>> phases = new HashMap<>();
		jdbc.sql("SELECT ph.* FROM space_phase ph JOIN space_process p ON p.id = ph.process_id" + where
				+ " ORDER BY ph.process_id, ph.sort_order")
			.params(values)
			.query((rs, i) -> phases.computeIfAbsent(rs.getLong("process_id"), k -> new ArrayList<>())
				.add(new Phase(rs.getString("phase_key"), rs.getString("title"), rs.getString("description"),
						rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class))))
			.list();
		Map<Long, List<Integer>> districts = idsBy("SELECT pd.process_id, pd.district_id FROM space_process_district pd"
				+ " JOIN space_process p ON p.id = pd.process_id" + where, values);
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("SELECT p.* FROM space_process p" + where)
			.params(values)
			.query((rs, i) -> process(rs, phases.getOrDefault(rs.getLong("id"), List.of()),
					districts.getOrDefault(rs.getLong("id"), List.of()), today))
			.list().stream().sorted(READING_ORDER).toList();
	}

	private ProcessView process(ResultSet rs, List<Phase> phases, List<Integer> districts, LocalDate today)
			throws SQLException {
		Phase active = Phase.active(phases, rs.getString("pinned_phase_key"), today).orElse(null);
		List<PhaseView> views = new ArrayList<>();
		for (int position = 0; position < phases.size(); position++) {
			Phase phase = phases.get(position);
			views.add(new PhaseView(phase.phaseKey(), position + 1, phase.localizedTitle(), phase.localizedDescription(),
					phase.startsOn(), phase.endsOn(), phase == active));
		}
		PhaseView activeView = views.stream().filter(PhaseView::active).findFirst().orElse(null);
		Integer neighbourhood = rs.getObject("scope_neighbourhood_id", Integer.class);
		return new ProcessView(rs.getLong("id"), rs.getString("slug"), LocalizedText.fromJson(rs.getString("title")),
				LocalizedText.fromJson(rs.getString("description")), ScopeType.valueOf(rs.getString("scope_type")),
				districts.stream().sorted().toList(), neighbourhood, List.copyOf(views),
				activeView, timeState(views, activeView, today), rs.getBoolean("published"));
	}

	static TimeState timeState(List<PhaseView> phases, PhaseView active, LocalDate today) {
		if (active != null) {
			return TimeState.ACTIVE;
		}
		LocalDate first = ProcessView.firstStart(phases);
		LocalDate last = ProcessView.lastEnd(phases);
		if (first == null && last == null) {
			return TimeState.UNDATED;
		}
		if (first != null && today.isBefore(first)) {
			return TimeState.UPCOMING;
		}
		if (last != null && today.isAfter(last)) {
			return TimeState.PAST;
		}
		return TimeState.ACTIVE;
	}

	private List<AssemblyView> assemblies(boolean publishedOnly, String condition, Object... values) {
		String where = where(publishedOnly ? "a.published = TRUE" : null, condition);
		Map<Long, List<Integer>> districts = idsBy("SELECT ad.assembly_id, ad.district_id FROM space_assembly_district ad"
				+ " JOIN space_assembly a ON a.id = ad.assembly_id" + where, values);
		Map<Long, List<Integer>> provinces = idsBy("SELECT ap.assembly_id, ap.province_id FROM space_assembly_province ap"
				+ " JOIN space_assembly a ON a.id = ap.assembly_id" + where, values);
		Map<Long, List<MemberView>> members = new HashMap<>();
		jdbc.sql("SELECT m.* FROM space_member m JOIN space_assembly a ON a.id = m.assembly_id" + where
				+ " ORDER BY m.assembly_id, m.sort_order")
			.params(values)
			.query((rs, i) -> members.computeIfAbsent(rs.getLong("assembly_id"), k -> new ArrayList<>())
				.add(new MemberView(rs.getString("name"), MemberPosition.valueOf(rs.getString("member_position")),
						rs.getObject("account_id", Long.class))))
			.list();
		return jdbc.sql("SELECT a.* FROM space_assembly a" + where + " ORDER BY a.id")
			.params(values)
			.query((rs, i) -> {
				long id = rs.getLong("id");
				Long parentId = rs.getObject("parent_id", Long.class);
				return new AssemblyView(id, rs.getString("slug"), AssemblyType.valueOf(rs.getString("assembly_type")),
						LocalizedText.fromJson(rs.getString("title")), LocalizedText.fromJson(rs.getString("description")),
						parentId, districts.getOrDefault(id, List.of()).stream().sorted().toList(),
						provinces.getOrDefault(id, List.of()).stream().sorted().toList(),
						List.copyOf(members.getOrDefault(id, List.of())), rs.getBoolean("published"));
			})
			.list();
	}

	private Map<Long, List<Integer>> idsBy(String sql, Object... values) {
		Map<Long, List<Integer>> ids = new HashMap<>();
		jdbc.sql(sql).params(values).query((rs, i) -> ids.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2))).list();
		return ids;
	}

	private static String where(String first, String second) {
		if (first == null && second == null) {
			return "";
		}
		if (first == null || second == null) {
			return " WHERE " + (first == null ? second : first);
		}
		return " WHERE " + first + " AND " + second;
	}
}
