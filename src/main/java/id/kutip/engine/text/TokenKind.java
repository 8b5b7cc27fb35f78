package id.kutip.engine.text;

/** What a token is. */
public enum TokenKind {
    /** Letters and digits, with inner hyphens and apostrophes: {@code Suk-yeol}, {@code Ma'ruf}. */
    WORD,
    /** A quotation mark: one of {@code " “ ” „ ‟ « » ' ‘ ’ ‚ ‹ ›} not inside a word. */
    QUOTE_MARK,
    /** Any other single non-space character. */
    PUNCT
}
