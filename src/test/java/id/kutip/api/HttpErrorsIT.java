package id.kutip.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** {@link HttpErrorsTest} against the packaged jar, where the problem replies of the router matter most. */
@QuarkusIntegrationTest
class HttpErrorsIT extends HttpErrorsTest {

    @Override
    @Test
    @Disabled("the failing test-only endpoints are not in the packaged jar")
    void aBugIsAProblem500WithoutInternals() {
    }
}
