package id.kutip.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/** Collects what the service logs in one category while a test runs (the service runs in the test's JVM). */
final class LogCapture extends Handler implements AutoCloseable {

    /** One log record as the test sees it: level, category, message (with any exception) and request id. */
    record Line(Level level, String category, String message, String requestId) {
    }

    private final Logger logger;
    private final List<Line> lines = new ArrayList<>();

    private LogCapture(Logger logger) {
        this.logger = logger;
        setLevel(Level.ALL);
        logger.addHandler(this);
    }

    /** Everything the service logs. */
    static LogCapture all() {
        return on("");
    }

    static LogCapture on(String category) {
        return new LogCapture(Logger.getLogger(category));
    }

    @Override
    public synchronized void publish(LogRecord r) {
        String message = r instanceof ExtLogRecord e ? e.getFormattedMessage() : r.getMessage();
        if (r.getThrown() != null) {
            message += " " + r.getThrown();
        }
        String requestId = r instanceof ExtLogRecord e ? e.getMdc(RequestIds.KEY) : null;
        lines.add(new Line(r.getLevel(), r.getLoggerName(), message, requestId));
    }

    synchronized List<Line> lines() {
        return List.copyOf(lines);
    }

    synchronized String text() {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    /** The first line matching {@code match}, waiting up to 10 s for it (some lines are written after the reply). */
    Line await(Predicate<Line> match) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            for (Line line : lines()) {
                if (match.test(line)) {
                    return line;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no such log line; captured:\n" + text());
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
