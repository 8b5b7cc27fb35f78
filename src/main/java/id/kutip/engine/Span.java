package id.kutip.engine;

/**
 * A piece of the submitted text: {@code start} inclusive, {@code end} exclusive, in UTF-16 code
 * units, so that {@code text.substring(start, end)} equals {@link #text()}.
 */
public record Span(String text, int start, int end) {

    public Span {
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit " + text.length() + " chars");
        }
    }

    /** The span of {@code source} from {@code start} to {@code end}. */
    public static Span of(CharSequence source, int start, int end) {
        return new Span(source.subSequence(start, end).toString(), start, end);
    }
}
