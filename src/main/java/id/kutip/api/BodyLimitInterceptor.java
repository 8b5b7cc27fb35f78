package id.kutip.api;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Enforces the HTTP body limit on bodies without a {@code Content-Length} (chunked), while they are
 * read: reading stops at the first byte over the limit, so an oversized body is never held whole.
 * Bodies that declare their length are refused before reading by {@link HttpEdge}.
 */
@Provider
public class BodyLimitInterceptor implements ReaderInterceptor {

    private final BodyLimit limit;

    public BodyLimitInterceptor(BodyLimit limit) {
        this.limit = limit;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (limit.maxBytes() >= 0) {
            context.setInputStream(new LimitedInputStream(context.getInputStream(), limit.maxBytes()));
        }
        return context.proceed();
    }

    static final class LimitedInputStream extends FilterInputStream {

        private final long max;
        private long count;

        LimitedInputStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() throws IOException {
            // Closing the request's stream reads the rest of the body; over the limit that is the one thing not
            // to do. The connection is closed instead once the 413 is sent (ProblemMappers.bodyTooLarge).
            if (count <= max) {
                super.close();
            }
        }

        private void count(long n) throws BodyTooLargeException {
            count += n;
            if (count > max) {
                throw new BodyTooLargeException(max);
            }
        }
    }
}
