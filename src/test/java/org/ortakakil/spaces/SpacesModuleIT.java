package org.ortakakil.spaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.internal.ProcessDraft;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/** The spaces module with the modules it depends on: publishing a process tells the others. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class SpacesModuleIT {

	@Autowired
	ProcessAdministration administration;

	@Autowired
	Spaces spaces;

	@Test
	void publishingAProcessPublishesSpaceChanged(Scenario scenario) {
		String slug = "modul-" + UUID.randomUUID().toString().substring(0, 8);
		long id = administration.createProcess(new ProcessDraft(new Slug(slug), LocalizedText.of("Modül"), null,
				ScopeType.CITY, Set.of(), null), Actor.SYSTEM);

		scenario.stimulate(() -> administration.setProcessPublished(id, true, Actor.SYSTEM))
			.andWaitForEventOfType(SpaceChanged.class)
			.matching(event -> event.spaceId() == id && event.change() == SpaceChanged.Change.PUBLISHED)
			.toArriveAndVerify(event -> assertThat(event.action()).isEqualTo("process.published"));
		assertThat(spaces.process(slug)).isPresent();
	}
}
