package cn.huyang.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/** The package rules of docs/architecture.md. */
class ArchitectureTest {
    private static final String[] FEATURES = {"cn.huyang.policy..", "cn.huyang.roster..", "cn.huyang.training..",
            "cn.huyang.assessment..", "cn.huyang.title..", "cn.huyang.findings..", "cn.huyang.accounts..",
            "cn.huyang.server..", "cn.huyang.guarantee..", "cn.huyang.recruitment..", "cn.huyang.students..", "cn.huyang.worklog..",
            "cn.huyang.exchange.."};
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.huyang");

    @Test
    void onlyRepositoriesAndTheDatabaseLayerTouchJooq() {
        noClasses().that().haveSimpleNameNotEndingWith("Repository")
                .and().resideOutsideOfPackages("cn.huyang.db..", "cn.huyang.app..")
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
        noClasses().that().resideInAnyPackage("cn.huyang.cli..", "cn.huyang.db..", "cn.huyang.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "cn.huyang.shell..")
                .check(CLASSES);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage("cn.huyang.common..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.huyang.roster..", "cn.huyang.shell..",
                        "cn.huyang.cli..", "cn.huyang.db..", "cn.huyang.training..", "cn.huyang.policy..")
                .check(CLASSES);
    }

    /** The policy parameters sit below the features, which all read them: they know only common and db. */
    @Test
    void policyDependsOnNoFeature() {
        noClasses().that().resideInAPackage("cn.huyang.policy..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.huyang.roster..", "cn.huyang.training..",
                        "cn.huyang.assessment..", "cn.huyang.title..", "cn.huyang.io..", "cn.huyang.print..",
                        "cn.huyang.demo..", "cn.huyang.check..", "cn.huyang.cli..", "cn.huyang.shell..",
                        "cn.huyang.app..", "cn.huyang.findings..")
                .check(CLASSES);
    }

    /**
     * The accounts, the rights and the audit log sit below the features, like policy: they know only
     * common, db and security, and every feature, policy, io and demo ask them.
     */
    @Test
    void accessDependsOnNoFeature() {
        noClasses().that().resideInAPackage("cn.huyang.access..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.huyang.policy..", "cn.huyang.roster..",
                        "cn.huyang.training..", "cn.huyang.assessment..", "cn.huyang.title..", "cn.huyang.findings..",
                        "cn.huyang.io..", "cn.huyang.print..", "cn.huyang.demo..", "cn.huyang.cli..",
                        "cn.huyang.shell..", "cn.huyang.app..", "javafx..")
                .check(CLASSES);
    }

    /**
     * The data location and the server's connection test sit beside access: they know common, db and
     * access (the right to change the location, its audit row), and no feature, no window, no command.
     */
    @Test
    void serverDependsOnNoFeature() {
        noClasses().that().resideInAPackage("cn.huyang.server..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.huyang.policy..", "cn.huyang.roster..",
                        "cn.huyang.training..", "cn.huyang.assessment..", "cn.huyang.title..", "cn.huyang.findings..",
                        "cn.huyang.io..", "cn.huyang.print..", "cn.huyang.demo..", "cn.huyang.cli..",
                        "cn.huyang.shell..", "cn.huyang.app..", "cn.huyang.accounts..", "org.jooq..")
                .check(CLASSES);
    }

    /** common and db sit below access: they know no user and no right. */
    @Test
    void commonAndDbKnowNoAccess() {
        noClasses().that().resideInAnyPackage("cn.huyang.common..", "cn.huyang.db..", "cn.huyang.print..")
                .should().dependOnClassesThat().resideInAPackage("cn.huyang.access..")
                .check(CLASSES);
    }

    /**
     * Keys and encryption sit at the bottom: the JDK, Bouncy Castle and {@code common} only — no
     * database, no jOOQ, no JavaFX, no feature. {@code db} uses them.
     */
    @Test
    void securitySitsAtTheBottom() {
        classes().that().resideInAPackage("cn.huyang.security..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("cn.huyang.security..", "cn.huyang.common",
                        "java..", "javax.crypto..", "org.bouncycastle..")
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
                        "cn.huyang.title..", "cn.huyang.policy..", "cn.huyang.findings..", "cn.huyang.access..",
                        "cn.huyang.guarantee..", "cn.huyang.recruitment..", "cn.huyang.students..", "cn.huyang.worklog..",
                        "cn.huyang.exchange..")
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

    /** Every package of the program is one slice, the root package too: no slice reaches back to one that uses it. */
    @Test
    void packagesAreFreeOfCycles() {
        SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String p = c.getPackageName();
                if (p.equals("cn.huyang")) {
                    return SliceIdentifier.of("(root)");
                }
                if (p.startsWith("cn.huyang.")) {
                    return SliceIdentifier.of(p.substring("cn.huyang.".length()).split("\\.")[0]);
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages of cn.huyang";
            }
        }).should().beFreeOfCycles().check(CLASSES);
    }

    /** Also package by package (what {@code jdeps -verbose:package} shows): sub-packages and generated code included. */
    @Test
    void everyPackageIsFreeOfCycles() {
        SlicesRuleDefinition.slices().matching("cn.huyang.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    /** The entry (Launcher) and the composition root sit on top: only the window and the command line use the root. */
    @Test
    void nothingBelowImportsTheEntryOrTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage("cn.huyang")
                .should().dependOnClassesThat().resideInAPackage("cn.huyang")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages("cn.huyang", "cn.huyang.app..", "cn.huyang.cli..",
                        "cn.huyang.shell..")
                .should().dependOnClassesThat().resideInAPackage("cn.huyang.app..")
                .check(CLASSES);
    }

    /** A feature reads another feature through its services and records, never its views, dialogs or tables. */
    @Test
    void noFeatureImportsAnotherFeaturesViewsDialogsOrRepositories() {
        for (String feature : FEATURES) {
            String[] others = java.util.Arrays.stream(FEATURES).filter(f -> !f.equals(feature)).toArray(String[]::new);
            noClasses().that().resideInAnyPackage(others)
                    .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(feature).and(uiOrTables()))
                    .check(CLASSES);
        }
    }

    /** The spreadsheet exchange and the print machinery serve every feature and know none of their screens. */
    @Test
    void ioAndPrintDependOnNoFeaturesUserInterface() {
        noClasses().that().resideInAnyPackage("cn.huyang.io..", "cn.huyang.print..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(FEATURES).and(uiOrTables()))
                .check(CLASSES);
    }

    /** The window builds its tabs from the modules: it names no feature class at all. */
    @Test
    void theShellNamesNoFeature() {
        noClasses().that().resideInAPackage("cn.huyang.shell..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaClass> uiOrTables() {
        return JavaClass.Predicates.simpleNameEndingWith("View")
                .or(JavaClass.Predicates.simpleNameEndingWith("ViewModel"))
                .or(JavaClass.Predicates.simpleNameEndingWith("Dialog"))
                .or(JavaClass.Predicates.simpleNameEndingWith("Dialogs"))
                .or(JavaClass.Predicates.simpleNameEndingWith("Repository"));
    }

    /** The program asks the Store seam; only the gate of a data folder on this PC names the H2 store, and only db knows H2. */
    @Test
    void everythingButTheOpenersAsksTheStoreNeverH2() {
        noClasses().that().resideOutsideOfPackage("cn.huyang.db..")
                .and().doNotHaveFullyQualifiedName("cn.huyang.app.LocalGate")
                .should().dependOnClassesThat().haveFullyQualifiedName("cn.huyang.db.H2Store")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("cn.huyang.db..")
                .should().dependOnClassesThat().resideInAPackage("org.h2..")
                .check(CLASSES);
    }

    /**
     * A cell shows another row at every scroll and reload: its state is a pseudo-class and its tooltip one
     * per cell (common.ui.CellState), never a style class or an inline style changed or a tooltip made in
     * updateItem.
     */
    @Test
    void cellsShowTheirStateWithoutRestyling() {
        DescribedPredicate<JavaAccess<?>> inUpdateItem = JavaAccess.Predicates.origin(HasName.Predicates.name("updateItem"));
        noClasses().that().areAssignableTo(javafx.scene.control.Cell.class)
                .should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("getStyleClass")
                        .or(HasName.Predicates.name("setStyle"))).and(inUpdateItem))
                .orShould().callConstructorWhere(JavaCall.Predicates.target(HasOwner.Predicates.With
                        .owner(JavaClass.Predicates.assignableTo(javafx.scene.control.Tooltip.class))).and(inUpdateItem))
                .check(CLASSES);
    }
}
