package cn.huyang.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of architecture.md. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.huyang");

    @Test
    void onlyRepositoriesAndTheDatabaseLayerTouchJooq() {
        noClasses().that().haveSimpleNameNotEndingWith("Repository")
                .and().resideOutsideOfPackages("cn.huyang.db..")
                .and().doNotHaveSimpleName("AppContext")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..")
                .check(CLASSES);
    }

    @Test
    void viewModelsImportNoControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void servicesAndRulesDoNotDependOnTheUserInterface() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Rules")
                .or().haveSimpleNameEndingWith("Repository").or().haveSimpleNameEndingWith("Validator")
                .and().resideOutsideOfPackage("cn.huyang.shell..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "cn.huyang.shell..")
                .check(CLASSES);
    }

    @Test
    void theCommandLineNeverLoadsJavaFx() {
        noClasses().that().resideInAnyPackage("cn.huyang.cli..", "cn.huyang.db..", "cn.huyang.demo..", "cn.huyang.check..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "cn.huyang.shell..")
                .check(CLASSES);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage("cn.huyang.common..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.huyang.roster..", "cn.huyang.shell..",
                        "cn.huyang.cli..", "cn.huyang.db..")
                .check(CLASSES);
    }

    @Test
    void printLayoutHasNoDatabaseAccessAndNoFeatureDependency() {
        noClasses().that().resideInAPackage("cn.huyang.print..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "cn.huyang.db..",
                        "cn.huyang.roster..", "cn.huyang.assessment..")
                .check(CLASSES);
    }

    @Test
    void repositoriesLiveInTheirFeaturePackage() {
        classes().that().haveSimpleNameEndingWith("Repository")
                .should().resideInAnyPackage("cn.huyang.roster..", "cn.huyang.assessment..")
                .check(CLASSES);
    }
}
