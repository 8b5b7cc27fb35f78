package id.kutip.engine.text;

/** The characters used as quotation marks in Indonesian news, and which family each belongs to. */
public final class QuoteMarks {

    private QuoteMarks() {
    }

    public static boolean isQuoteMark(char c) {
        return isDouble(c) || isSingle(c);
    }

    /** {@code " “ ” „ ‟ « »} */
    public static boolean isDouble(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '‟' || c == '«' || c == '»' || c == '＂';
    }

    /** {@code ' ‘ ’ ‚ ‛ ‹ ›} (an apostrophe inside a word is part of the word, not a mark). */
    public static boolean isSingle(char c) {
        return c == '\'' || c == '‘' || c == '’' || c == '‚' || c == '‛' || c == '‹' || c == '›';
    }

    /** Marks that by their shape can only open: {@code “ „ « ‘ ‚ ‹}. Kompas opens with ” too, so ” is not here. */
    public static boolean shapedToOpen(char c) {
        return c == '“' || c == '„' || c == '«' || c == '‘' || c == '‚' || c == '‹';
    }

    /** Marks that by their shape can only close: {@code » ›}. */
    public static boolean shapedToClose(char c) {
        return c == '»' || c == '›';
    }
}
