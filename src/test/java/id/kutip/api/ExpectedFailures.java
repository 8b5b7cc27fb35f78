package id.kutip.api;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Keeps the failures that tests provoke on purpose ({@link Boom}) off the console, so that a passing
 * build prints no ERROR; the service still logs them (and {@code LoggingTest} reads them).
 * Enabled by {@code %test.quarkus.log.console.filter}.
 */
@LoggingFilter(name = "expected-failures")
public final class ExpectedFailures implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        return !(record.getThrown() instanceof Boom.ProvokedBug);
    }
}
