package id.kutip.engine.robustness;

/** Renders test inputs so that a failure message shows every character, including invisible ones. */
final class Literals {

    private Literals() {
    }

    /**
     * The text as a Java string literal: printable ASCII as is, everything else escaped
     * ({@code \n}, {@code \r}, {@code \t}, {@code \u201C} …), so lone surrogates, NULs, bidi
     * controls and combining marks are visible and the literal can be pasted into a unit test.
     */
    static String java(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7F) {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04X", (int) c));
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Like {@link #java(CharSequence)} but cut to about {@code max} characters of input. */
    static String javaShort(CharSequence text, int max) {
        if (text.length() <= max) {
            return java(text);
        }
        int head = max * 2 / 3;
        int tail = max - head;
        return java(text.subSequence(0, head)) + " + …(" + (text.length() - max) + " chars)… + "
                + java(text.subSequence(text.length() - tail, text.length()));
    }
}
