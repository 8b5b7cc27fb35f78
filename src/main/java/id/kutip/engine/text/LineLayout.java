package id.kutip.engine.text;

import java.util.Arrays;

/**
 * How a text uses its line breaks, read once before it is cut into tokens. Most news text puts one
 * paragraph on a line. Mail, wire feeds and text taken from PDFs hard-wrap their lines near a fixed
 * width and leave a blank line between paragraphs: there a single line break is a wrap inside a
 * paragraph. A text counts as hard-wrapped when it has blank lines and the lines that end in a
 * single break are about equally long, no longer than a wrapping width, and mostly end inside a
 * sentence, where a wrap falls; a text with one paragraph per line and a few blank lines has lines
 * of every length that end sentences. Inside a hard-wrapped text, a short line that ends a sentence
 * still ends its paragraph, for senders who leave out some blank lines.
 */
final class LineLayout {

    /** Shorter lines are not hard-wrapped text but short paragraphs (a chat, a list of quotes). */
    private static final int MIN_WRAP_WIDTH = 40;
    /** Longer lines are paragraphs: nobody wraps wider. */
    private static final int MAX_WRAP_WIDTH = 150;
    /** At least this share (in percent) of the single-break lines lies within 30 % of their median. */
    private static final int EVEN_SHARE_PERCENT = 70;
    /** A line shorter than this share (in percent) of the width, ending a sentence, ends a paragraph. */
    private static final int SHORT_LINE_PERCENT = 60;

    private static final LineLayout ONE_PARAGRAPH_PER_LINE = new LineLayout(false, 0);

    private final boolean wrapped;
    private final int width;

    private LineLayout(boolean wrapped, int width) {
        this.wrapped = wrapped;
        this.width = width;
    }

    /** Whether single line breaks can be wraps inside paragraphs. */
    boolean wrapped() {
        return wrapped;
    }

    /**
     * Whether one line break (no blank line) after a line of {@code length} chars whose last char is
     * {@code last} ends a paragraph.
     */
    boolean singleBreakEndsParagraph(int length, char last) {
        return !wrapped || length * 100 < width * SHORT_LINE_PERCENT && endsSentence(last);
    }

    /** A line ending in a full stop, question or exclamation mark or ellipsis, perhaps before closing marks. */
    private static boolean endsWithStop(String text, int s, int e) {
        int k = e - 1;
        while (k > s && QuoteMarks.isQuoteMark(text.charAt(k))) {
            k--;
        }
        char c = text.charAt(k);
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '…' || QuoteMarks.isQuoteMark(c);
    }

    /** Reads the line structure of {@code text}: one pass over its line breaks. */
    static LineLayout of(String text) {
        int n = text.length();
        int nextLf = text.indexOf('\n');
        int nextCr = text.indexOf('\r');
        if (nextLf < 0 && nextCr < 0) {
            return ONE_PARAGRAPH_PER_LINE;
        }
        int[] singles = new int[16];
        int singleCount = 0;
        int singlesEndingSentences = 0;
        boolean previousEndsSentence = false;
        boolean blankLines = false;
        int previousLength = -1;
        int breaks = 0;
        int pos = 0;
        while (pos <= n) {
            if (nextLf >= 0 && nextLf < pos) {
                nextLf = text.indexOf('\n', pos);
            }
            if (nextCr >= 0 && nextCr < pos) {
                nextCr = text.indexOf('\r', pos);
            }
            int lineEnd = nextLf < 0 ? (nextCr < 0 ? n : nextCr) : nextCr < 0 ? nextLf : Math.min(nextLf, nextCr);
            int s = pos;
            while (s < lineEnd && Document.isBlank(text.charAt(s))) {
                s++;
            }
            if (s < lineEnd) {
                int e = lineEnd;
                while (Document.isBlank(text.charAt(e - 1))) {
                    e--;
                }
                if (previousLength >= 0) {
                    if (breaks >= 2) {
                        blankLines = true;
                    } else {
                        if (singleCount == singles.length) {
                            singles = Arrays.copyOf(singles, singleCount * 2);
                        }
                        singles[singleCount++] = previousLength;
                        singlesEndingSentences += previousEndsSentence ? 1 : 0;
                    }
                }
                previousLength = e - s;
                previousEndsSentence = endsWithStop(text, s, e);
                breaks = 0;
            }
            if (lineEnd >= n) {
                break;
            }
            // CRLF is one break.
            pos = text.charAt(lineEnd) == '\r' && lineEnd + 1 < n && text.charAt(lineEnd + 1) == '\n' ? lineEnd + 2 : lineEnd + 1;
            breaks++;
        }
        if (!blankLines || singleCount == 0 || singlesEndingSentences * 2 > singleCount) {
            return ONE_PARAGRAPH_PER_LINE;
        }
        int[] sorted = Arrays.copyOf(singles, singleCount);
        Arrays.sort(sorted);
        int median = sorted[singleCount / 2];
        if (median < MIN_WRAP_WIDTH || median > MAX_WRAP_WIDTH) {
            return ONE_PARAGRAPH_PER_LINE;
        }
        int even = 0;
        for (int i = 0; i < singleCount; i++) {
            even += sorted[i] * 10 >= median * 7 && sorted[i] * 10 <= median * 13 ? 1 : 0;
        }
        return even * 100 >= singleCount * EVEN_SHARE_PERCENT ? new LineLayout(true, median) : ONE_PARAGRAPH_PER_LINE;
    }
}
