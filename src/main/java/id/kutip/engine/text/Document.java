package id.kutip.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The submitted text cut once into paragraphs and tokens. Offsets are UTF-16 indexes into the
 * original text and are never rewritten, so every later stage can cut exact spans from it.
 * Tokens are stored in parallel int arrays: one pass, few objects.
 */
public final class Document {

    private static final int TITLE_CASE_MIN_WORDS = 4;

    private final String text;
    private final char[] lower;
    private final List<Paragraph> paragraphs;
    private int[] starts;
    private int[] ends;
    private byte[] kinds;
    private int[] paragraphOf;
    private int[] classes;
    private int[] ids;
    private int size;
    /** Per-document ids for distinct lower-cased words: slot table of first-occurrence offsets. */
    private int[] idSlots = new int[256];
    private int[] idOffsets = new int[128];
    private int[] idLengths = new int[128];
    /** Lexicon classes by word id, looked up once per distinct word. */
    private int[] idClasses = new int[128];
    private int distinctWords;
    private final WordClassifier classifier;

    private Document(String text, IntPredicate boilerplateAt, WordClassifier classifier) {
        this.classifier = classifier;
        this.text = text;
        this.lower = new char[text.length()];
        for (int i = 0; i < lower.length; i++) {
            char c = text.charAt(i);
            lower[i] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
        }
        int capacity = Math.max(16, text.length() / 4);
        starts = new int[capacity];
        ends = new int[capacity];
        kinds = new byte[capacity];
        paragraphOf = new int[capacity];
        classes = new int[capacity];
        ids = new int[capacity];
        Arrays.fill(idSlots, -1);
        this.paragraphs = new ArrayList<>();
        split(boilerplateAt);
    }

    /**
     * Cuts {@code text} into paragraphs and tokens.
     *
     * @param boilerplate tells which lines are page furniture rather than article text
     * @param classifier  gives each word its lexicon classes, once
     */
    public static Document of(String text, Boilerplate boilerplate, WordClassifier classifier) {
        return new Document(text, start -> boilerplate.startsLine(text, start), classifier);
    }

    private void split(IntPredicate boilerplateAt) {
        int n = text.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = lineStart;
            while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int s = lineStart;
            int e = lineEnd;
            while (s < e && isBlank(text.charAt(s))) {
                s++;
            }
            while (e > s && isBlank(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                int firstToken = size;
                tokenize(paragraphs.size(), s, e);
                paragraphs.add(new Paragraph(paragraphs.size(), s, e, boilerplateAt.test(s), isTitleCase(firstToken, size)));
            }
            if (lineEnd >= n) {
                break;
            }
            lineStart = lineEnd + (text.charAt(lineEnd) == '\r' && lineEnd + 1 < n && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
        }
    }

    /**
     * Headlines: at least four words, seven in ten of them capitalised, and no full stop at the end
     * (a sentence listing officials is capitalised as densely, but ends like a sentence).
     */
    private boolean isTitleCase(int from, int to) {
        if (to == from || text.charAt(ends[to - 1] - 1) == '.' || isQuoteMark(to - 1)) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (int t = from; t < to; t++) {
            if (isWord(t) && Character.isLetter(text.charAt(starts[t]))) {
                words++;
                capitalised += Character.isUpperCase(text.charAt(starts[t])) ? 1 : 0;
            }
        }
        return words >= TITLE_CASE_MIN_WORDS && capitalised * 10 >= words * 7;
    }

    private void tokenize(int paragraph, int from, int to) {
        int i = from;
        int end = to;
        while (i < end) {
            char c = text.charAt(i);
            if (isBlank(c)) {
                i++;
                continue;
            }
            if (isWordChar(text, i)) {
                int s = i;
                i = advanceWord(i, end);
                while (i < end && isConnector(text.charAt(i)) && i + 1 < end && isWordChar(text, i + 1) && i > s) {
                    i = advanceWord(i + 1, end);
                }
                add(s, i, TokenKind.WORD, paragraph);
            } else {
                int len = Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
                add(i, i + len, QuoteMarks.isQuoteMark(c) ? TokenKind.QUOTE_MARK : TokenKind.PUNCT, paragraph);
                i += len;
            }
        }
    }

    private int advanceWord(int i, int end) {
        while (i < end && isWordChar(text, i)) {
            i += Character.isHighSurrogate(text.charAt(i)) ? Character.charCount(text.codePointAt(i)) : 1;
        }
        return Math.min(i, end);
    }

    private static boolean isConnector(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '‘';
    }

    static boolean isWordChar(String s, int i) {
        char c = s.charAt(i);
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int cp = s.codePointAt(i);
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Spaces of every kind, including the no-break space that scraped pages are full of. */
    public static boolean isBlank(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    private void add(int s, int e, TokenKind kind, int paragraph) {
        if (size == starts.length) {
            int grown = size * 2;
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            kinds = Arrays.copyOf(kinds, grown);
            paragraphOf = Arrays.copyOf(paragraphOf, grown);
            classes = Arrays.copyOf(classes, grown);
            ids = Arrays.copyOf(ids, grown);
        }
        starts[size] = s;
        ends[size] = e;
        kinds[size] = (byte) kind.ordinal();
        paragraphOf[size] = paragraph;
        if (kind == TokenKind.WORD) {
            int id = intern(s, e);
            ids[size] = id;
            classes[size] = idClasses[id];
        } else {
            ids[size] = -1;
            classes[size] = 0;
        }
        size++;
    }

    /** The id of the lower-cased word in {@code [s, e)}, the same for every occurrence. */
    private int intern(int s, int e) {
        if (distinctWords * 2 >= idSlots.length) {
            rehash();
        }
        int mask = idSlots.length - 1;
        int slot = hash(s, e) & mask;
        for (int id; (id = idSlots[slot]) >= 0; slot = (slot + 1) & mask) {
            if (sameWord(idOffsets[id], idLengths[id], s, e)) {
                return id;
            }
        }
        if (distinctWords == idOffsets.length) {
            idOffsets = Arrays.copyOf(idOffsets, distinctWords * 2);
            idLengths = Arrays.copyOf(idLengths, distinctWords * 2);
            idClasses = Arrays.copyOf(idClasses, distinctWords * 2);
        }
        idOffsets[distinctWords] = s;
        idLengths[distinctWords] = e - s;
        idClasses[distinctWords] = classifier.classify(lower, s, e);
        idSlots[slot] = distinctWords;
        return distinctWords++;
    }

    private int hash(int s, int e) {
        int h = 0;
        for (int i = s; i < e; i++) {
            h = 31 * h + lower[i];
        }
        return h ^ (h >>> 16);
    }

    private boolean sameWord(int offset, int length, int s, int e) {
        if (length != e - s) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (lower[offset + i] != lower[s + i]) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        idSlots = new int[idSlots.length * 2];
        Arrays.fill(idSlots, -1);
        int mask = idSlots.length - 1;
        for (int id = 0; id < distinctWords; id++) {
            int slot = hash(idOffsets[id], idOffsets[id] + idLengths[id]) & mask;
            while (idSlots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            idSlots[slot] = id;
        }
    }

    /** The word's id: equal for equal words (ignoring case), -1 for punctuation. */
    public int wordId(int token) {
        return ids[token];
    }

    /** How many distinct words (ignoring case) the text has; word ids are below this. */
    public int distinctWords() {
        return distinctWords;
    }

    public String text() {
        return text;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public int size() {
        return size;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    public boolean isWord(int token) {
        return kinds[token] == TokenKind.WORD.ordinal();
    }

    public boolean isQuoteMark(int token) {
        return kinds[token] == TokenKind.QUOTE_MARK.ordinal();
    }

    public boolean isPunct(int token, char c) {
        return kinds[token] == TokenKind.PUNCT.ordinal() && text.charAt(starts[token]) == c;
    }

    /** Whether the word has any of the lexicon classes in {@code mask} (see the lexicon's WordClass). */
    public boolean has(int token, int mask) {
        return (classes[token] & mask) != 0;
    }

    /** The word's lexicon classes. */
    public int classes(int token) {
        return classes[token];
    }

    public int paragraph(int token) {
        return paragraphOf[token];
    }

    /** The token's characters as written. */
    public String word(int token) {
        return text.substring(starts[token], ends[token]);
    }

    /** The token lower-cased (per char, so lengths match the text). */
    public String lower(int token) {
        return new String(lower, starts[token], ends[token] - starts[token]);
    }

    /** Whether the token, lower-cased, equals {@code lowerCaseWord}, without allocating. */
    public boolean is(int token, String lowerCaseWord) {
        int len = ends[token] - starts[token];
        if (len != lowerCaseWord.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (lower[starts[token] + k] != lowerCaseWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    public char firstChar(int token) {
        return text.charAt(starts[token]);
    }

    /** A word that starts with an upper-case letter. */
    public boolean isCapitalised(int token) {
        return isWord(token) && Character.isUpperCase(text.codePointAt(starts[token]));
    }

    /** A word written all in capitals with at least two letters: {@code NATO}, {@code BPBD}, {@code LP3EI}. */
    public boolean isAcronym(int token) {
        if (!isWord(token)) {
            return false;
        }
        int letters = 0;
        for (int k = starts[token]; k < ends[token]; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** Whether there is a line break or only spaces between two adjacent tokens. */
    public boolean sameParagraph(int a, int b) {
        return paragraphOf[a] == paragraphOf[b];
    }

    /** The first token whose start is at or after {@code offset}. */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first token of a paragraph, or {@code size()} if it has none. */
    public int firstToken(Paragraph p) {
        return tokenAtOrAfter(p.start());
    }
}
