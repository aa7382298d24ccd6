package org.ortakakil.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.moderation.Blocks;
import org.ortakakil.proposals.ProposalFixture;
import org.ortakakil.proposals.internal.BoardSettings.SupportScope;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.spaces.SpaceKind;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Who may contribute: blocked accounts never (with or without a moderation module), residents in scope. */
class ContributorsTest {

	static final Board KADIKOY = new Board(1, SpaceKind.PROCESS, 1, LocalizedText.of("Kadıköy"),
			List.of(ProposalFixture.KADIKOY), null, "");

	static Contributors with(Blocks... blocks) {
		StaticListableBeanFactory factory = new StaticListableBeanFactory();
		for (int i = 0; i < blocks.length; i++) {
			factory.addBean("blocks" + i, blocks[i]);
		}
		return new Contributors(factory.getBeanProvider(Blocks.class));
	}

	static String code(Runnable action) {
		try {
			action.run();
			return null;
		}
		catch (DomainException e) {
			return e.code();
		}
	}

	@Test
	void blockedAccountsMayNotContribute() {
		CurrentAccount resident = ProposalFixture.kadikoylu();
		assertThat(code(() -> with().requireResident(resident, KADIKOY, SupportScope.SPACE))).isNull();
		Blocks blocked = principal -> principal.equals(resident.principal());
		assertThat(code(() -> with(blocked).requireResident(resident, KADIKOY, SupportScope.SPACE)))
			.isEqualTo("proposals.blocked");
		assertThat(code(() -> with(blocked).requireResident(ProposalFixture.kadikoylu(), KADIKOY, SupportScope.SPACE)))
			.isNull();
		assertThatThrownBy(() -> with().requireNotBlocked(null)).isInstanceOf(DomainException.class);
	}

	@Test
	void residentsOutsideTheScopeMayNotUnlessAnyDistrictMay() {
		CurrentAccount besiktasli = ProposalFixture.besiktasli();
		assertThat(code(() -> with().requireResident(besiktasli, KADIKOY, SupportScope.SPACE)))
			.isEqualTo("proposals.outside-scope");
		assertThat(code(() -> with().requireResident(besiktasli, KADIKOY, SupportScope.ANY_DISTRICT))).isNull();
		assertThat(code(() -> with().requireResident(ProposalFixture.withRoles(), KADIKOY, SupportScope.ANY_DISTRICT)))
			.isEqualTo("proposals.not-verified");
	}
}
