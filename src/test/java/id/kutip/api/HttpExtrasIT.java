package id.kutip.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link HttpExtrasTest} against the packaged jar. */
@QuarkusIntegrationTest
class HttpExtrasIT extends HttpExtrasTest {
}
