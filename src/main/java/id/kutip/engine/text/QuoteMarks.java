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

    /**
     * {@code ' ‘ ’ ‚ ‛ ‹ ›} (an apostrophe inside a word is part of the word, not a mark). Two of them
     * side by side ({@code ‘’ ''}) are written for one double mark.
     */
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

    /** {@link #facing} bits. */
    public static final int OPENS = 1;
    public static final int CLOSES = 2;

    /**
     * Which ways the mark {@code [pos, end)} can face, read from its neighbours inside its paragraph
     * {@code [lineStart, lineEnd)}: {@link #OPENS}, {@link #CLOSES}, both or neither. A mark shaped
     * to open that can open does not close, and the other way round.
     */
    public static int facing(String text, int lineStart, int lineEnd, int pos, int end) {
        char c = text.charAt(pos);
        boolean open = canOpen(text, lineStart, lineEnd, pos, end);
        boolean close = canClose(text, lineStart, lineEnd, pos, end);
        if (shapedToOpen(c) && open) {
            close = false;
        } else if (shapedToClose(c) && close) {
            open = false;
        }
        return (open ? OPENS : 0) | (close ? CLOSES : 0);
    }

    /**
     * Whether the mark {@code [pos, end)} can open a quotation: at the start of its paragraph
     * {@code [lineStart, lineEnd)} or after a space, bracket, dash, colon or mark, and before a word.
     */
    private static boolean canOpen(String text, int lineStart, int lineEnd, int pos, int end) {
        boolean leftFree = pos == lineStart || isOpeningContext(text.charAt(pos - 1));
        boolean rightWord = end < lineEnd && !Document.isBlank(text.charAt(end));
        return leftFree && rightWord;
    }

    /** Whether the mark {@code [pos, end)} can close a quotation: after a non-space, before a space, punctuation or the line end. */
    private static boolean canClose(String text, int lineStart, int lineEnd, int pos, int end) {
        boolean leftWord = pos > lineStart && !Document.isBlank(text.charAt(pos - 1));
        boolean rightFree = end >= lineEnd || isClosingContext(text.charAt(end));
        return leftWord && rightFree;
    }

    private static boolean isOpeningContext(char c) {
        return Document.isBlank(c) || c == '(' || c == '[' || c == '-' || c == '—' || c == '–' || c == ':'
                || isQuoteMark(c);
    }

    private static boolean isClosingContext(char c) {
        return Document.isBlank(c) || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?'
                || c == ')' || c == ']' || c == '…' || c == '-' || c == '—' || c == '–' || isQuoteMark(c);
    }
}
