package id.kutip.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link AttributionResourceTest} against the packaged jar. */
@QuarkusIntegrationTest
class AttributionResourceIT extends AttributionResourceTest {
}
