package id.kutip.stream;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With the streaming mode off, its channels are disabled, and SmallRye Reactive Messaging warns at
 * start-up that {@link ArticleStream#attribute} has no upstream or downstream. That is the mode
 * being off, not a fault: the warning is dropped then, and only then.
 */
@LoggingFilter(name = "streaming-off")
public final class StreamingOffLogFilter implements Filter {

    /** SmallRye's "Some components are not connected to either downstream consumers or upstream producers". */
    static final String UNCONNECTED_COMPONENTS = "SRMSG00207";

    private final boolean streaming;

    public StreamingOffLogFilter(@ConfigProperty(name = "kutip.kafka.enabled") boolean streaming) {
        this.streaming = streaming;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        return streaming || message == null || !message.startsWith(UNCONNECTED_COMPONENTS);
    }
}
