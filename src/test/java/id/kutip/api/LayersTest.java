package id.kutip.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine and the HTML stage are plain Java that know nothing of the HTTP layer or of each
 * other; data flows one way, api → html and api → engine; jsoup stays inside the HTML stage.
 * The doors do not know each other: the HTTP layer knows nothing of the Kafka adapter, and the
 * Kafka adapter reaches the engine only through the application service.
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
    void theHtmlStageIsPlainJavaBesideTheEngine() {
        noClasses().that().resideInAPackage("id.kutip.html..")
                .should().dependOnClassesThat().resideInAnyPackage("id.kutip.api..", "id.kutip.engine..", "io.quarkus..",
                        "io.vertx..", "jakarta..", "com.fasterxml..", "org.eclipse.microprofile..", "io.smallrye..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("id.kutip.engine..")
                .should().dependOnClassesThat().resideInAPackage("id.kutip.html..")
                .check(CLASSES);
    }

    @Test
    void jsoupIsUsedOnlyByTheHtmlStage() {
        noClasses().that().resideOutsideOfPackage("id.kutip.html..")
                .should().dependOnClassesThat().resideInAPackage("org.jsoup..")
                .check(CLASSES);
    }

    @Test
    void theHttpLayerKnowsNothingOfKafka() {
        noClasses().that().resideInAPackage("id.kutip.api..")
                .should().dependOnClassesThat().resideInAnyPackage("id.kutip.stream..", "org.apache.kafka..",
                        "io.smallrye.reactive.messaging..", "org.eclipse.microprofile.reactive.messaging..")
                .check(CLASSES);
    }

    @Test
    void theKafkaAdapterGoesThroughTheApplicationService() {
        noClasses().that().resideInAPackage("id.kutip.stream..")
                .should().dependOnClassesThat().resideInAnyPackage("id.kutip.engine..", "id.kutip.html..")
                .check(CLASSES);
    }
}
