package org.ortakakil.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Permission;
import org.ortakakil.identity.Residence;
import org.ortakakil.identity.Role;
import org.ortakakil.identity.RoleGrant;
import org.ortakakil.shared.ResourceRef;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.SpaceRole;
import org.ortakakil.spaces.Spaces;

class RoleBasedAuthorizationTest {

	static final int KADIKOY = 1421;
	static final int CAFERAGA = 40001;
	static final int ELSEWHERE = 40002;

	final Spaces spaces = new FakeSpaces();
	final Geography geography = (Geography) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
			new Class<?>[] { Geography.class }, (proxy, method, args) -> {
				if (method.getName().equals("neighbourhood")) {
					int id = (Integer) args[0];
					return Optional.of(new Neighbourhood(id, id == CAFERAGA ? KADIKOY : 1100, "n" + id, "N" + id, 1000));
				}
				throw new UnsupportedOperationException(method.getName());
			});
	final RoleBasedAuthorization authorization = new RoleBasedAuthorization(spaces, geography);

	static CurrentAccount account(String assistedBy, Optional<Residence> residence, RoleGrant... roles) {
		return new CurrentAccount(7, "7", "Ayşe", "a@ornek.tr", "tr", List.of(roles), residence, assistedBy);
	}

	@Test
	void nobodyMayDoAnythingWithoutAnAccount() {
		assertThat(authorization.may(null, Permission.MODERATE, ResourceRef.of("process", 1))).isFalse();
	}

	@Test
	void scopedRolesHoldForTheirScopeOnly() {
		CurrentAccount muhtar = account(null, Optional.empty(), new RoleGrant(Role.MUHTAR, String.valueOf(CAFERAGA)));
		assertThat(authorization.may(muhtar, Permission.REPRESENT_NEIGHBOURHOOD, ResourceRef.of("neighbourhood", CAFERAGA))).isTrue();
		assertThat(authorization.may(muhtar, Permission.REPRESENT_NEIGHBOURHOOD, ResourceRef.of("neighbourhood", ELSEWHERE))).isFalse();
		assertThat(authorization.may(muhtar, Permission.COORDINATE_DISTRICT, ResourceRef.of("district", KADIKOY))).isFalse();

		CurrentAccount coordinator = account(null, Optional.empty(), new RoleGrant(Role.DISTRICT_COORDINATOR, "1421"));
		assertThat(authorization.may(coordinator, Permission.COORDINATE_DISTRICT, ResourceRef.of("district", KADIKOY))).isTrue();
		assertThat(authorization.may(coordinator, Permission.COORDINATE_DISTRICT, ResourceRef.of("neighbourhood", CAFERAGA))).isTrue();
		assertThat(authorization.may(coordinator, Permission.COORDINATE_DISTRICT, ResourceRef.of("neighbourhood", ELSEWHERE))).isFalse();

		CurrentAccount office = account(null, Optional.empty(), new RoleGrant(Role.OFFICE_STAFF, "kadikoy-ofisi"));
		assertThat(authorization.may(office, Permission.ASSIST_RESIDENT, ResourceRef.of("office", "kadikoy-ofisi"))).isTrue();
		assertThat(authorization.may(office, Permission.ASSIST_RESIDENT, ResourceRef.of("office", "besiktas-ofisi"))).isFalse();
		assertThat(authorization.may(office, Permission.SERVE_UNIT, ResourceRef.of("unit", "kadikoy-ofisi"))).isFalse();
	}

	@Test
	void spaceRolesComeFromTheSpacesModuleAndGlobalModeratorsModerateEverywhere() {
		CurrentAccount plain = account(null, Optional.empty());
		assertThat(authorization.may(plain, Permission.EVALUATE, ResourceRef.of("process", 5))).isTrue();
		assertThat(authorization.may(plain, Permission.EVALUATE, ResourceRef.of("process", 6))).isFalse();
		assertThat(authorization.may(plain, Permission.MODERATE, ResourceRef.of("process", 5))).isFalse();
		CurrentAccount moderator = account(null, Optional.empty(), RoleGrant.global(Role.MODERATOR));
		assertThat(authorization.may(moderator, Permission.MODERATE, ResourceRef.of("assembly", 99))).isTrue();
		assertThat(authorization.may(moderator, Permission.ADMINISTER_SPACE, ResourceRef.of("assembly", 99))).isFalse();
	}

	@Test
	void anAdministratorMayAdministerButOnlyAResidentParticipatesAsOne() {
		CurrentAccount admin = account(null, Optional.empty(), RoleGrant.global(Role.ADMIN));
		assertThat(authorization.may(admin, Permission.ADMINISTER_PLATFORM, null)).isTrue();
		assertThat(authorization.may(admin, Permission.SERVE_UNIT, ResourceRef.of("unit", "yollar"))).isTrue();
		assertThat(authorization.may(admin, Permission.PARTICIPATE_AS_RESIDENT, ResourceRef.of("city", "istanbul"))).isFalse();

		Optional<Residence> caferaga = Optional.of(new Residence(CAFERAGA, KADIKOY, LocalDate.of(1980, 1, 1), Instant.now()));
		CurrentAccount resident = account(null, caferaga);
		assertThat(authorization.may(resident, Permission.PARTICIPATE_AS_RESIDENT, ResourceRef.of("district", KADIKOY))).isTrue();
		assertThat(authorization.may(resident, Permission.PARTICIPATE_AS_RESIDENT, ResourceRef.of("neighbourhood", CAFERAGA))).isTrue();
		assertThat(authorization.may(resident, Permission.PARTICIPATE_AS_RESIDENT, ResourceRef.of("district", 1100))).isFalse();
		assertThat(authorization.may(resident, Permission.PARTICIPATE_AS_RESIDENT, ResourceRef.of("city", "istanbul"))).isTrue();
	}

	@Test
	void inAnAssistedSessionOnlyTheResidentsOwnRightsCount() {
		Optional<Residence> caferaga = Optional.of(new Residence(CAFERAGA, KADIKOY, LocalDate.of(1980, 1, 1), Instant.now()));
		CurrentAccount assisted = account("12", caferaga, RoleGrant.global(Role.ADMIN));
		assertThat(authorization.may(assisted, Permission.PARTICIPATE_AS_RESIDENT, ResourceRef.of("district", KADIKOY))).isTrue();
		assertThat(authorization.may(assisted, Permission.ADMINISTER_PLATFORM, null)).isFalse();
		assertThat(authorization.may(assisted, Permission.EVALUATE, ResourceRef.of("process", 5))).isFalse();
	}

	/** The account "7" evaluates process 5, and nothing else. */
	static final class FakeSpaces implements Spaces {

		@Override
		public boolean hasRole(SpaceKind kind, long spaceId, String principal, SpaceRole role) {
			return kind == SpaceKind.PROCESS && spaceId == 5 && "7".equals(principal) && role == SpaceRole.EVALUATOR;
		}

		@Override
		public Optional<org.ortakakil.spaces.ProcessView> process(long id) {
			return Optional.empty();
		}

		@Override
		public Optional<org.ortakakil.spaces.ProcessView> process(String slug) {
			return Optional.empty();
		}

		@Override
		public Optional<org.ortakakil.spaces.AssemblyView> assembly(long id) {
			return Optional.empty();
		}

		@Override
		public Optional<org.ortakakil.spaces.AssemblyView> assembly(String slug) {
			return Optional.empty();
		}

		@Override
		public List<org.ortakakil.spaces.ProcessView> processes() {
			return List.of();
		}

		@Override
		public List<org.ortakakil.spaces.AssemblyView> assemblies() {
			return List.of();
		}
	}
}
