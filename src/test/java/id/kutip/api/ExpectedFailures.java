package id.kutip.api;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Keeps the failures that tests provoke on purpose off the console, so that a passing build prints no
 * ERROR; the service still logs them (and {@code LoggingTest} reads them): {@link Boom}'s bugs, and the
 * broker's refusal of an output over the topic's size limit ({@code KafkaStreamTest}, the only topic
 * with such a limit; the service dead-letters that article). Enabled by
 * {@code %test.quarkus.log.console.filter}.
 */
@LoggingFilter(name = "expected-failures")
public final class ExpectedFailures implements Filter {

    private static final String RECORD_TOO_LARGE = "RecordTooLargeException";

    @Override
    public boolean isLoggable(LogRecord record) {
        return !(record.getThrown() instanceof Boom.ProvokedBug || refusedAsTooLarge(record));
    }

    private static boolean refusedAsTooLarge(LogRecord record) {
        if (record.getLoggerName() == null || !record.getLoggerName().startsWith("io.smallrye.reactive.messaging")) {
            return false;
        }
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals(RECORD_TOO_LARGE)) {
                return true;
            }
        }
        // Without a Throwable, the exception is one of the message's parameters.
        Object[] parameters = record.getParameters() == null ? new Object[0] : record.getParameters();
        for (Object parameter : parameters) {
            if (String.valueOf(parameter).contains(RECORD_TOO_LARGE)) {
                return true;
            }
        }
        return false;
    }
}
