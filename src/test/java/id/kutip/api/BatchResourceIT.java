package id.kutip.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link BatchResourceTest} against the packaged jar. */
@QuarkusIntegrationTest
class BatchResourceIT extends BatchResourceTest {
}
