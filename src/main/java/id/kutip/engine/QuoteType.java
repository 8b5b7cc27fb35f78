package id.kutip.engine;

/** Whether a quotation is verbatim speech in quotation marks or reported speech without them. */
public enum QuoteType {
    DIRECT,
    INDIRECT;

    /** The lower-case name used on the wire ({@code direct}, {@code indirect}). */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
