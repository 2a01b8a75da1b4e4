package cn.huyang.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
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
                .and().resideOutsideOfPackages("cn.huyang.shell..", "cn.huyang.common.ui..")
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
                        "cn.huyang.cli..", "cn.huyang.db..", "cn.huyang.training..")
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
                .should().resideInAnyPackage("cn.huyang.roster..", "cn.huyang.training..", "cn.huyang.assessment..",
                        "cn.huyang.title..")
                .check(CLASSES);
    }

    /** A feature reads another feature's data through its service, never its tables or its views. */
    @Test
    void trainingReadsTheRosterThroughItsService() {
        noClasses().that().resideInAPackage("cn.huyang.training..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("cn.huyang.roster..")
                        .and(JavaClass.Predicates.simpleNameEndingWith("Repository")
                                .or(JavaClass.Predicates.simpleNameEndingWith("View"))
                                .or(JavaClass.Predicates.simpleNameEndingWith("ViewModel"))
                                .or(JavaClass.Predicates.simpleNameEndingWith("Dialog"))))
                .check(CLASSES);
    }
}
