package id.kutip.engine.robustness;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import id.kutip.engine.AttributionEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine is plain Java: nothing under {@code id.kutip.engine} may use Quarkus, Jakarta EE,
 * SmallRye, Jackson, Eclipse MicroProfile or Vert.x. Plain ArchUnit from a JUnit test (no ArchUnit
 * JUnit engine), checking main classes only.
 */
class EngineArchitectureTest {

    private static JavaClasses engineClasses;

    @BeforeAll
    static void importEngine() {
        // Only the engine's own classes are needed: their dependencies' package names are known
        // without reading the dependencies' class files from the class path, which takes seconds.
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            engineClasses = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                    .importPackages("id.kutip.engine");
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    @Test
    void theImportSeesTheEngine() {
        assertTrue(engineClasses.contain(AttributionEngine.class),
                "the class import found no engine classes, so the rule below would prove nothing");
    }

    @Test
    void engineUsesNoFrameworks() {
        ArchRule rule = noClasses().that().resideInAPackage("id.kutip.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "io.quarkus..", "io.smallrye..", "com.fasterxml..", "org.eclipse..", "io.vertx..")
                .because("the engine is plain Java, usable and testable without the service around it");
        rule.check(engineClasses);
    }
}
