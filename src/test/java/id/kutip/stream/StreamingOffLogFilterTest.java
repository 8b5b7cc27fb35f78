package id.kutip.stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** SmallRye's warning about unconnected channels is dropped when the streaming mode is off, and only then. */
class StreamingOffLogFilterTest {

    private static final LogRecord UNCONNECTED = new LogRecord(Level.WARNING,
            "SRMSG00207: Some components are not connected to either downstream consumers or upstream producers:%s");
    private static final LogRecord OTHER = new LogRecord(Level.WARNING, "SRMSG00208: something else");

    @Test
    void offDropsOnlyTheUnconnectedChannelsWarning() {
        StreamingOffLogFilter off = new StreamingOffLogFilter(false);
        assertFalse(off.isLoggable(UNCONNECTED));
        assertTrue(off.isLoggable(OTHER));
        assertTrue(off.isLoggable(new LogRecord(Level.INFO, null)));
    }

    @Test
    void onKeepsEverything() {
        StreamingOffLogFilter on = new StreamingOffLogFilter(true);
        assertTrue(on.isLoggable(UNCONNECTED));
        assertTrue(on.isLoggable(OTHER));
    }
}
