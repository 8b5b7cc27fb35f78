package id.kutip.engine.text;

/** What a token is. */
public enum TokenKind {
    /** Letters and digits, with inner hyphens and apostrophes: {@code Suk-yeol}, {@code Ma'ruf}. */
    WORD,
    /** A quotation mark: one of {@code " “ ” „ ‟ « » ' ‘ ’ ‚ ‹ ›} not inside a word, or two single marks side by side. */
    QUOTE_MARK,
    /** Any other single non-space character. */
    PUNCT
}
