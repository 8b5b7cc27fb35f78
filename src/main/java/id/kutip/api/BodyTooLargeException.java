package id.kutip.api;

import java.io.IOException;

/**
 * The body went over the HTTP body limit while it was being read. An {@link IOException}, so the
 * JSON parser passes it on unwrapped; mapped to 413 {@code body-too-large}.
 */
public class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes", null);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
