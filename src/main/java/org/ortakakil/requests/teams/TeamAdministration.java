package org.ortakakil.requests.teams;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ortakakil.geography.GeoPoint;
import org.ortakakil.geography.Geography;
import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.requests.ServiceCatalogue;
import org.ortakakil.requests.ServiceCategoryView;
import org.ortakakil.requests.teams.Team.Shift;
import org.ortakakil.requests.teams.Team.ShiftException;
import org.ortakakil.requests.teams.Team.VehicleKind;
import org.ortakakil.shared.DomainException;
import org.ortakakil.requests.TeamChanged;
import org.ortakakil.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing a unit's teams from the administration form: a name, a vehicle, a home base in
 * İstanbul, a capacity of 1–50 open jobs, members who have accounts (by e-mail or account id), only
 * motorized categories, and valid shift times. A refused form stores nothing; a saved one is audited.
 */
@Service
@Transactional
public class TeamAdministration {

	public static final int CAPACITY_MAX = 50;

	private final TeamStore store;
	private final Accounts accounts;
	private final ServiceCatalogue catalogue;
	private final Geography geography;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	TeamAdministration(TeamStore store, Accounts accounts, ServiceCatalogue catalogue, Geography geography,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.geography = geography;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Team> ofUnit(String unitKey) {
		return store.ofUnit(unitKey);
	}

	@Transactional(readOnly = true)
	public Team get(long id) {
		return store.find(id).orElseThrow(() -> DomainException.notFound("teams.not-found", id));
	}

	/** The categories a team may be skilled for: the motorized ones. */
	@Transactional(readOnly = true)
	public List<ServiceCategoryView> motorizedCategories() {
		return catalogue.categories().stream().filter(ServiceCategoryView::motorized).toList();
	}

	/** The form of a team, its members shown by e-mail. */
	@Transactional(readOnly = true)
	public TeamDraft draftOf(Team team) {
		return TeamDraft.of(team, team.members().stream()
			.map(p -> accounts.byPrincipal(p).map(CurrentAccount::email).filter(e -> e != null).orElse(p)).toList());
	}

	/** Stores a new team of the unit ({@code id} 0) or changes one; its id. */
	public long save(long id, String unitKey, TeamDraft draft, Actor actor) {
		if (id != 0 && !get(id).unitKey().equals(unitKey)) {
			throw DomainException.notFound("teams.not-found", id);
		}
		String name = text(draft.name(), 200, "teams.name-missing");
		String plate = draft.vehiclePlate() == null || draft.vehiclePlate().isBlank() ? null
				: draft.vehiclePlate().strip().toUpperCase(java.util.Locale.ROOT);
		if (plate != null && plate.length() > 20) {
			throw DomainException.invalid("teams.plate-too-long");
		}
		VehicleKind kind;
		try {
			kind = VehicleKind.valueOf(draft.vehicleKind());
		}
		catch (RuntimeException unknown) {
			throw DomainException.invalid("teams.vehicle-kind-unknown");
		}
		double lat = number(draft.baseLat());
		double lon = number(draft.baseLon());
		GeoPoint base;
		try {
			base = new GeoPoint(lat, lon);
		}
		catch (DomainException outOfRange) {
			throw DomainException.invalid("teams.base-outside-istanbul");
		}
		if (geography.locate(base).isEmpty()) {
			throw DomainException.invalid("teams.base-outside-istanbul");
		}
		int capacity;
		try {
			capacity = Integer.parseInt(draft.capacity() == null ? "" : draft.capacity().strip());
		}
		catch (NumberFormatException notANumber) {
			capacity = 0;
		}
		if (capacity < 1 || capacity > CAPACITY_MAX) {
			throw DomainException.invalid("teams.capacity-invalid", CAPACITY_MAX);
		}
		Set<String> motorized = new LinkedHashSet<>(motorizedCategories().stream().map(ServiceCategoryView::code).toList());
		for (String code : draft.categories()) {
			if (!motorized.contains(code)) {
				throw DomainException.invalid("teams.category-not-motorized", code);
			}
		}
		Team team = new Team(id, name, unitKey, plate, kind, lat, lon, capacity, draft.active(), members(draft.members()),
				new LinkedHashSet<>(draft.categories()), shifts(draft), exceptions(draft.exceptions()));
		long saved = store.save(team, clock.instant());
		events.publishEvent(new TeamChanged(saved, name, unitKey, id == 0, actor, clock.instant()));
		return saved;
	}

	@Transactional(readOnly = true)
	public Optional<Team> find(long id) {
		return store.find(id);
	}

	private List<String> members(String lines) {
		List<String> principals = new ArrayList<>();
		for (String line : lines == null ? new String[0] : lines.split("[\\r\\n,;]+")) {
			String typed = line.strip();
			if (typed.isEmpty()) {
				continue;
			}
			CurrentAccount account = (typed.contains("@") ? accounts.byEmail(typed) : accounts.byPrincipal(typed))
				.orElseThrow(() -> DomainException.invalid("teams.member-unknown", typed));
			if (!principals.contains(account.principal())) {
				principals.add(account.principal());
			}
		}
		return principals;
	}

	private static List<Shift> shifts(TeamDraft draft) {
		List<Shift> shifts = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			int i = day.getValue() - 1;
			String start = i < draft.shiftStarts().size() ? draft.shiftStarts().get(i) : "";
			String end = i < draft.shiftEnds().size() ? draft.shiftEnds().get(i) : "";
			if (blank(start) && blank(end)) {
				continue;
			}
			int[] times = times(start, end);
			shifts.add(new Shift(day, times[0], times[1]));
		}
		return shifts;
	}

	private static List<ShiftException> exceptions(String lines) {
		List<ShiftException> exceptions = new ArrayList<>();
		Set<LocalDate> seen = new LinkedHashSet<>();
		for (String line : lines == null ? new String[0] : lines.split("[\\r\\n]+")) {
			String[] parts = line.strip().split("\\s+");
			if (parts.length == 0 || parts[0].isEmpty()) {
				continue;
			}
			try {
				LocalDate date = LocalDate.parse(parts[0]);
				if (!seen.add(date) || parts.length != 2) {
					throw DomainException.invalid("teams.exception-invalid", line.strip());
				}
				if (parts[1].equalsIgnoreCase("off")) {
					exceptions.add(new ShiftException(date, true, null, null));
				}
				else {
					String[] range = parts[1].split("-");
					if (range.length != 2) {
						throw DomainException.invalid("teams.exception-invalid", line.strip());
					}
					int[] times = times(range[0], range[1]);
					exceptions.add(new ShiftException(date, false, times[0], times[1]));
				}
			}
			catch (DateTimeException | DomainException wrong) {
				throw DomainException.invalid("teams.exception-invalid", line.strip());
			}
		}
		return exceptions;
	}

	/** Start and end in minutes; an end of 00:00 is midnight at the day's end. */
	private static int[] times(String start, String end) {
		try {
			LocalTime from = LocalTime.parse(start.strip());
			LocalTime to = LocalTime.parse(end.strip());
			int s = from.getHour() * 60 + from.getMinute();
			int e = to.getHour() * 60 + to.getMinute();
			e = e == 0 ? 1440 : e;
			if (e <= s) {
				throw DomainException.invalid("teams.shift-invalid", start + "–" + end);
			}
			return new int[] { s, e };
		}
		catch (DateTimeException | NullPointerException wrong) {
			throw DomainException.invalid("teams.shift-invalid", start + "–" + end);
		}
	}

	private static String text(String typed, int max, String missing) {
		if (typed == null || typed.isBlank()) {
			throw DomainException.invalid(missing);
		}
		if (typed.strip().length() > max) {
			throw DomainException.invalid("teams.name-too-long", max);
		}
		return typed.strip();
	}

	private static double number(String typed) {
		try {
			return Double.parseDouble(typed == null ? "" : typed.strip().replace(',', '.'));
		}
		catch (NumberFormatException notANumber) {
			throw DomainException.invalid("teams.base-outside-istanbul");
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
