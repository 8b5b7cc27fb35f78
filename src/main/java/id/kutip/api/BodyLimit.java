package id.kutip.api;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The HTTP body limit, {@code quarkus.http.limits.max-body-size}, in bytes; negative when unlimited. */
@ApplicationScoped
public class BodyLimit {

    private final long maxBytes;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.maxBytes = maxBodySize.map(MemorySize::asLongValue).orElse(-1L);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public boolean exceededBy(long bytes) {
        return maxBytes >= 0 && bytes > maxBytes;
    }

    /** The problem detail for a body over {@code limit} bytes. */
    public static String detail(long limit) {
        return "The request body is larger than " + limit + " bytes (quarkus.http.limits.max-body-size). "
                + "Send a shorter text, or split a batch into several.";
    }
}
