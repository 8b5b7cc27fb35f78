package id.kutip.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link HtmlInputTest} against the packaged jar, where jsoup must have come along. */
@QuarkusIntegrationTest
class HtmlInputIT extends HtmlInputTest {
}
