package id.kutip.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link MetricsTest} against the packaged jar. */
@QuarkusIntegrationTest
class MetricsIT extends MetricsTest {
}
