package org.ortakakil.spaces.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.spaces.ScopeType;

class ParticipatoryProcessTest {

	static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);
	final Actor admin = new Actor("admin", "127.0.0.1");
	final ParticipatoryProcess process = ParticipatoryProcess.create(new ProcessDraft(null,
			LocalizedText.of("Katılımcı Bütçe 2027"), null, ScopeType.CITY, Set.of(), null));

	static PhaseDraft phase(String title, LocalDate start, LocalDate end) {
		return new PhaseDraft(LocalizedText.of(title), null, start, end);
	}

	@Test
	void derivesItsSlugFromTheTurkishTitle() {
		assertThat(process.slug()).isEqualTo("katilimci-butce-2027");
	}

	@Test
	void theActivePhaseIsTheOneWhoseDatesIncludeToday() {
		process.addPhase(phase("Fikirler", JAN_1, JAN_1.plusDays(30)), admin);
		process.addPhase(phase("Oylama", JAN_1.plusDays(31), JAN_1.plusDays(60)), admin);

		assertThat(process.activePhase(JAN_1.minusDays(1))).isEmpty();
		assertThat(process.activePhase(JAN_1)).get().extracting(p -> p.localizedTitle().turkish()).isEqualTo("Fikirler");
		assertThat(process.activePhase(JAN_1.plusDays(30))).get().extracting(p -> p.localizedTitle().turkish()).isEqualTo("Fikirler");
		assertThat(process.activePhase(JAN_1.plusDays(31))).get().extracting(p -> p.localizedTitle().turkish()).isEqualTo("Oylama");
		assertThat(process.activePhase(JAN_1.plusDays(61))).isEmpty();
	}

	@Test
	void aPinnedPhaseIsActiveWhateverTheDate() {
		process.addPhase(phase("Fikirler", JAN_1, JAN_1.plusDays(30)), admin);
		String voting = process.addPhase(phase("Oylama", JAN_1.plusDays(31), JAN_1.plusDays(60)), admin);

		process.pinPhase(voting, admin);
		assertThat(process.activePhase(JAN_1)).get().extracting(Phase::phaseKey).isEqualTo(voting);

		process.pinPhase(null, admin);
		assertThat(process.activePhase(JAN_1)).get().extracting(p -> p.localizedTitle().turkish()).isEqualTo("Fikirler");
	}

	@Test
	void aPhaseCannotEndBeforeItStarts() {
		assertThatThrownBy(() -> phase("Ters", JAN_1, JAN_1.minusDays(1)))
			.isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
			.isEqualTo("phase.end-before-start");
	}

	@Test
	void phasesMayNotOverlapEvenByOneDayAndNothingChangesWhenRefused() {
		process.addPhase(phase("Fikirler", JAN_1, JAN_1.plusDays(30)), admin);

		assertThatThrownBy(() -> process.addPhase(phase("Oylama", JAN_1.plusDays(30), JAN_1.plusDays(40)), admin))
			.isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo("phase.overlap");
		assertThat(process.phases()).hasSize(1);
	}

	@Test
	void theOrderOfDatedPhasesFollowsTheirDates() {
		process.addPhase(phase("Fikirler", JAN_1, JAN_1.plusDays(30)), admin);
		assertThatThrownBy(() -> process.addPhase(phase("Önce", JAN_1.minusDays(20), JAN_1.minusDays(10)), admin))
			.isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
			.isEqualTo("phase.order-conflicts-with-dates");
	}

	@Test
	void undatedPhasesMoveFreelyDatedOnesOnlyWhereTheirDatesAllow() {
		String ideas = process.addPhase(phase("Fikirler", JAN_1, JAN_1.plusDays(30)), admin);
		String voting = process.addPhase(phase("Oylama", JAN_1.plusDays(31), JAN_1.plusDays(60)), admin);
		String report = process.addPhase(phase("Rapor", null, null), admin);

		process.movePhase(report, -1, admin);
		assertThat(process.phases()).extracting(Phase::phaseKey).containsExactly(ideas, report, voting);

		process.movePhase(report, -1, admin);
		assertThat(process.phases()).extracting(Phase::phaseKey).containsExactly(report, ideas, voting);

		assertThatThrownBy(() -> process.movePhase(voting, -1, admin)).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code()).isEqualTo("phase.order-conflicts-with-dates");
		assertThat(process.phases()).extracting(Phase::phaseKey).containsExactly(report, ideas, voting);
	}

	@Test
	void removingThePinnedPhaseGoesBackToDates() {
		String ideas = process.addPhase(phase("Fikirler", JAN_1, JAN_1.plusDays(30)), admin);
		process.pinPhase(ideas, admin);
		process.removePhase(ideas, admin);
		assertThat(process.activePhase(JAN_1)).isEmpty();
		assertThatThrownBy(() -> process.pinPhase("no-such-phase", admin)).isInstanceOf(DomainException.class);
	}

	@Test
	void aScopeOfDistrictsNeedsDistricts() {
		assertThatThrownBy(() -> new ProcessDraft(null, LocalizedText.of("X"), null, ScopeType.DISTRICTS, Set.of(), null))
			.isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
			.isEqualTo("space.scope-districts-required");
		assertThatThrownBy(() -> new ProcessDraft(null, LocalizedText.of("X"), null, ScopeType.NEIGHBOURHOOD, Set.of(), null))
			.isInstanceOf(DomainException.class);
		assertThat(new ProcessDraft(null, LocalizedText.of("X"), null, ScopeType.CITY, Set.of(1421), 5).districtIds())
			.isEmpty();
	}
}
