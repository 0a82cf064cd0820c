package io.specgraph.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The layers of docs/architecture.md (house style): arrows point down only. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.specgraph");
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("model").definedBy("io.specgraph.model..")
                .layer("parse").definedBy("io.specgraph.parse..")
                .layer("graph").definedBy("io.specgraph.graph..")
                .layer("template").definedBy("io.specgraph.template..")
                .layer("git").definedBy("io.specgraph.git..")
                .layer("engine").definedBy("io.specgraph.engine..")
                .layer("cli").definedBy("io.specgraph.cli..")
                .layer("ui").definedBy("io.specgraph.ui..")
                .layer("app").definedBy("io.specgraph.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("cli", "ui", "app")
                .whereLayer("template").mayOnlyBeAccessedByLayers("engine", "cli", "ui", "app")
                .whereLayer("git").mayOnlyBeAccessedByLayers("engine", "cli", "ui", "app")
                .whereLayer("graph").mayOnlyBeAccessedByLayers("engine", "cli", "ui", "app")
                .whereLayer("parse").mayOnlyBeAccessedByLayers("template", "engine", "cli", "ui", "app")
                .check(classes);
    }

    @Test
    void modelUsesTheJdkOnly() {
        classes().that().resideInAPackage("io.specgraph.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.specgraph.model..", "java..")
                .check(classes);
    }

    @Test
    void javaFxOnlyInUiAndApp() {
        noClasses().that().resideOutsideOfPackages("io.specgraph.ui..", "io.specgraph.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void jgitOnlyInGit() {
        noClasses().that().resideOutsideOfPackage("io.specgraph.git..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.jgit..")
                .check(classes);
    }

    @Test
    void graphStreamOnlyInGraphView() {
        noClasses().that().resideOutsideOfPackage("io.specgraph.ui.graphview..")
                .should().dependOnClassesThat().resideInAPackage("org.graphstream..")
                .check(classes);
    }

    @Test
    void onlyTheCliWritesToStandardOutput() {
        noClasses().that().resideOutsideOfPackage("io.specgraph.cli..")
                .should().accessField(System.class, "out")
                .check(classes);
    }

    @Test
    void everyPackageSaysWhatItIsFor() {
        classes().that().resideInAPackage("io.specgraph..")
                .should(new PackageInfoCondition())
                .check(classes);
    }
}
