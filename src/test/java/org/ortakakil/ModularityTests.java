package org.ortakakil;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules and their allowed dependencies; writes the module diagrams to target/spring-modulith-docs. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(OrtakAkilApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation();
	}
}
