package id.kutip.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine is plain Java that knows nothing of the HTTP layer; data flows one way, api → engine.
 * The doors do not know each other: the HTTP layer knows nothing of the Kafka adapter.
 */
class LayersTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.kutip");

    @Test
    void engineDoesNotDependOnTheApi() {
        noClasses().that().resideInAPackage("id.kutip.engine..")
                .should().dependOnClassesThat().resideInAPackage("id.kutip.api..")
                .check(CLASSES);
    }

    @Test
    void engineUsesNoFramework() {
        noClasses().that().resideInAPackage("id.kutip.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.vertx..", "jakarta..",
                        "com.fasterxml..", "org.eclipse.microprofile..", "io.smallrye..")
                .check(CLASSES);
    }

    @Test
    void theHttpLayerKnowsNothingOfKafka() {
        noClasses().that().resideInAPackage("id.kutip.api..")
                .should().dependOnClassesThat().resideInAnyPackage("id.kutip.stream..", "org.apache.kafka..",
                        "io.smallrye.reactive.messaging..", "org.eclipse.microprofile.reactive.messaging..")
                .check(CLASSES);
    }
}
