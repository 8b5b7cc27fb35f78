package id.kutip.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link LexiconResourceTest} against the packaged jar: Swagger UI, redirect and health in the prod build. */
@QuarkusIntegrationTest
class LexiconResourceIT extends LexiconResourceTest {
}
