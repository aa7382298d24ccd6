package org.ortakakil;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The conventions of STYLE.md that a compiler does not check. */
class ArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.ortakakil");

	@Test
	void controllersArePackagePrivate() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().notBePublic()
			.check(CLASSES);
	}

	@Test
	void noGrabBagPackages() {
		noClasses().should().resideInAnyPackage("..util..", "..utils..", "..common..", "..helper..", "..helpers..")
			.check(CLASSES);
	}

	@Test
	void dependenciesAreInjectedThroughConstructors() {
		fields().should().notBeAnnotatedWith(Autowired.class).check(CLASSES);
	}

	@Test
	void webLayersDoNotTouchRepositories() {
		noClasses().that().resideInAPackage("..web..")
			.should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
			.check(CLASSES);
	}

	@Test
	void theSharedKernelDependsOnNoModule() {
		noClasses().that().resideInAPackage("org.ortakakil.shared..")
			.should().dependOnClassesThat().resideInAnyPackage("org.ortakakil.platform..", "org.ortakakil.geography..",
					"org.ortakakil.spaces..", "org.ortakakil.audit..", "org.ortakakil.identity..")
			.check(CLASSES);
	}

	@Test
	void noCodeThrowsGenericNotFoundErrors() {
		noClasses().that().resideInAnyPackage("..web..")
			.should().callConstructor(IllegalArgumentException.class, String.class)
			.check(CLASSES);
	}

	/** Who may do what is answered by identity's Authorization, not by comparing role names in a controller. */
	@Test
	void controllersDoNotCheckRolesThemselves() {
		noClasses().that().resideInAnyPackage("..web..")
			.should().callMethod(jakarta.servlet.http.HttpServletRequest.class, "isUserInRole", String.class)
			.orShould().callMethod(org.springframework.security.core.Authentication.class, "getAuthorities")
			.orShould().callMethod(org.ortakakil.identity.RoleGrant.class, "role")
			.orShould().callMethod(org.ortakakil.identity.CurrentAccount.class, "holds", org.ortakakil.identity.Role.class,
					String.class)
			.check(CLASSES);
	}
}
