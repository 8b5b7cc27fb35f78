package id.kutip.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The submitted text cut once into paragraphs and tokens. Offsets are UTF-16 indexes into the
 * original text and are never rewritten, so every later stage can cut exact spans from it.
 * Tokens are stored in parallel int arrays: one pass, few objects.
 */
public final class Document {

    private static final int TITLE_CASE_MIN_WORDS = 4;
    private static final int MAX_INITIAL_WORDS = 8192;
    /** A paragraph longer than this is several run together: newspapers print none so long. */
    private static final int RUN_ON_CHARS = 2000;
    /** A text without paragraph breaks longer than this is taken for several paragraphs run together. */
    private static final int LONE_RUN_ON_CHARS = 500;

    /** Char classes for the scanner, one table look-up per char instead of a chain of tests. */
    private static final byte OTHER = 0;
    private static final byte WORD_CHAR = 1;
    private static final byte BLANK = 2;
    private static final byte LINE_BREAK = 3;
    /** A high surrogate: a word char only if it pairs with a low surrogate into a letter or digit. */
    private static final byte HIGH_SURROGATE = 4;
    private static final byte[] CHAR_CLASS = new byte[Character.MAX_VALUE + 1];
    /**
     * Per char: its lower case in the low 16 bits, and {@link #UNUSUAL} unless it is a lower-case
     * ASCII letter, so the word loop lower-cases and notes the word's shape with one look-up.
     */
    private static final int[] LOWER = new int[Character.MAX_VALUE + 1];
    private static final int UNUSUAL = 1 << 16;

    /** Token flags, set once by the scanner. */
    private static final byte CAPITALISED = 1;
    private static final byte LOWER_CASE_FIRST = 2;
    private static final byte HAS_DIGIT = 4;
    private static final byte ACRONYM = 8;
    private static final byte REDUPLICATION = 16;

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            CHAR_CLASS[c] = ch == '\n' || ch == '\r' ? LINE_BREAK
                    : isBlank(ch) ? BLANK
                    : Character.isHighSurrogate(ch) ? HIGH_SURROGATE
                    : isWordCodePoint(c) && !Character.isSurrogate(ch) ? WORD_CHAR
                    : OTHER;
            LOWER[c] = lowerCase(ch) | (c >= 'a' && c <= 'z' ? 0 : UNUSUAL);
        }
    }

    private final String text;
    private final char[] chars;
    private final char[] lower;
    private final List<Paragraph> paragraphs;
    private int[] starts;
    private int[] ends;
    private byte[] kinds;
    private byte[] flags;
    private int[] paragraphOf;
    /** Per paragraph, its first token; one more entry holds {@code size}. */
    private int[] paragraphFirstTokens = new int[16];
    private int[] classes;
    private int[] ids;
    private int size;
    /**
     * Per-document ids for distinct lower-cased words: a slot holds the word's hash in its high half
     * and id + 1 in its low half (0 when free), so a probe reads one array before comparing chars.
     */
    private long[] idSlots;
    private int[] idOffsets = new int[128];
    private int[] idLengths = new int[128];
    private int[] idHashes = new int[128];
    /** Lexicon classes by word id, looked up once per distinct word. */
    private int[] idClasses = new int[128];
    private int distinctWords;
    private final WordClassifier classifier;
    /** Hard-wrapped text: paragraphs hold line breaks. */
    private boolean wrappedLines;

    private Document(String text, Boilerplate boilerplate, WordClassifier classifier) {
        this.classifier = classifier;
        this.text = text;
        this.chars = text.toCharArray();
        this.lower = new char[chars.length];
        int capacity = Math.max(16, chars.length / 4);
        starts = new int[capacity];
        ends = new int[capacity];
        kinds = new byte[capacity];
        flags = new byte[capacity];
        paragraphOf = new int[capacity];
        classes = new int[capacity];
        ids = new int[capacity];
        // Distinct words grow slower than the text: a long text starts with a capped table and rehashes.
        idSlots = new long[Integer.highestOneBit(Math.min(MAX_INITIAL_WORDS, Math.max(128, chars.length / 6))) * 2];
        this.paragraphs = new ArrayList<>();
        scan(boilerplate);
    }

    /**
     * Cuts {@code text} into paragraphs and tokens.
     *
     * @param boilerplate tells which lines are page furniture rather than article text
     * @param classifier  gives each word its lexicon classes, once
     */
    public static Document of(String text, Boilerplate boilerplate, WordClassifier classifier) {
        return new Document(text, boilerplate, classifier);
    }

    /**
     * One pass over the chars: lower-cases them, cuts tokens and hashes each word as it goes. A
     * paragraph ends at a line break, unless the text is hard-wrapped (see {@link LineLayout}) and
     * the break is a wrap; it spans its first token to its last, without the surrounding spaces;
     * lines without tokens make none.
     */
    private void scan(Boilerplate boilerplate) {
        final char[] cs = chars;
        final char[] lo = lower;
        final int n = cs.length;
        LineLayout layout = LineLayout.of(text);
        wrappedLines = layout.wrapped();
        int paragraphFirstToken = 0;
        int lineFirstToken = 0;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            byte kind = CHAR_CLASS[c];
            if (kind == BLANK) {
                lo[i] = lowerCase(c);
                i++;
            } else if (kind == LINE_BREAK) {
                lo[i] = c;
                i++;
                if (size > lineFirstToken) {
                    if (endsParagraph(layout, i, lineFirstToken)) {
                        endParagraph(paragraphFirstToken, boilerplate);
                        paragraphFirstToken = size;
                    }
                    lineFirstToken = size;
                }
            } else if (kind == WORD_CHAR || kind == HIGH_SURROGATE && wordCharAt(i)) {
                i = scanWord(i);
            } else {
                boolean mark = QuoteMarks.isQuoteMark(c);
                // A surrogate pair, or two single marks side by side written for one double mark.
                int len = kind == HIGH_SURROGATE && i + 1 < n && Character.isLowSurrogate(cs[i + 1])
                        || mark && i + 1 < n && QuoteMarks.isSingle(c) && QuoteMarks.isSingle(cs[i + 1]) ? 2 : 1;
                for (int k = i; k < i + len; k++) {
                    lo[k] = lowerCase(cs[k]);
                }
                add(i, i + len, mark ? TokenKind.QUOTE_MARK : TokenKind.PUNCT, 0, (byte) 0);
                i += len;
            }
        }
        if (size > paragraphFirstToken) {
            endParagraph(paragraphFirstToken, boilerplate);
        }
        recoverRunOnParagraphs(boilerplate);
    }

    /**
     * Whether the line break just before {@code next}, ending the line whose first token is
     * {@code lineFirstToken}, ends a paragraph: always, unless the text is hard-wrapped; there only a
     * blank line does, or a short line that ends a sentence.
     */
    private boolean endsParagraph(LineLayout layout, int next, int lineFirstToken) {
        if (!layout.wrapped()) {
            return true;
        }
        for (int k = next; k < chars.length && CHAR_CLASS[chars[k]] != WORD_CHAR; k++) {
            byte kind = CHAR_CLASS[chars[k]];
            if (kind == LINE_BREAK && !(chars[k] == '\n' && chars[k - 1] == '\r')) {
                return true; // a blank line
            }
            if (kind != BLANK && kind != LINE_BREAK) {
                break;
            }
        }
        int last = size - 1;
        return layout.singleBreakEndsParagraph(ends[last] - starts[lineFirstToken], chars[ends[last] - 1]);
    }

    /**
     * The word starting at {@code s}: letters and digits, joined across an inner hyphen or
     * apostrophe that a word char follows. Returns where it ends.
     */
    private int scanWord(int s) {
        final char[] cs = chars;
        final char[] lo = lower;
        final int n = cs.length;
        int h = 0;
        int i = s;
        // Only a word with a char other than a-z (a capital, a digit, a hyphen, a non-ASCII letter)
        // can be an acronym, hold a digit or repeat itself: the rest skip that second look.
        int unusual = 0;
        while (true) {
            while (i < n) {
                char c = cs[i];
                byte kind = CHAR_CLASS[c];
                if (kind == WORD_CHAR) {
                    int info = LOWER[c];
                    char l = (char) info;
                    lo[i++] = l;
                    h = 31 * h + l;
                    unusual |= info;
                } else if (kind == HIGH_SURROGATE && wordCharAt(i)) {
                    lo[i] = c;
                    lo[i + 1] = cs[i + 1];
                    h = 31 * (31 * h + c) + cs[i + 1];
                    unusual = UNUSUAL;
                    i += 2;
                } else {
                    break;
                }
            }
            if (i + 1 < n && isConnector(cs[i]) && wordCharAt(i + 1)) {
                char l = lowerCase(cs[i]);
                unusual = UNUSUAL;
                lo[i++] = l;
                h = 31 * h + l;
            } else {
                break;
            }
        }
        int tokenFlags = firstCharFlags(s);
        if ((unusual & UNUSUAL) != 0) {
            tokenFlags |= shapeFlags(s, i);
        }
        add(s, i, TokenKind.WORD, h, (byte) tokenFlags);
        return i;
    }

    /** Digits, all capitals, reduplication: what the word's shape says beyond its first char. */
    private int shapeFlags(int s, int e) {
        boolean digit = false;
        boolean lowerCaseLetter = false;
        int letters = 0;
        int hyphen = -1;
        for (int k = s; k < e; k++) {
            char c = chars[k];
            if (c < 128) {
                digit |= c >= '0' && c <= '9';
                lowerCaseLetter |= c >= 'a' && c <= 'z';
                letters += c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ? 1 : 0;
            } else {
                digit |= Character.isDigit(c);
                lowerCaseLetter |= Character.isLowerCase(c);
                letters += Character.isLetter(c) ? 1 : 0;
            }
            if (c == '-' && hyphen < 0 && k > s && k < e - 1) {
                hyphen = k;
            }
        }
        int f = digit ? HAS_DIGIT : 0;
        if (!lowerCaseLetter && letters >= 2) {
            f |= ACRONYM;
        }
        if (hyphen >= 0) {
            // "Berturut-turut": the part after the first hyphen repeats the end of the part before it.
            int tail = e - hyphen - 1;
            if (hyphen - s >= tail && text.regionMatches(true, hyphen - tail, text, hyphen + 1, tail)) {
                f |= REDUPLICATION;
            }
        }
        return f;
    }

    private byte firstCharFlags(int s) {
        char c = chars[s];
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? CAPITALISED : c >= 'a' && c <= 'z' ? LOWER_CASE_FIRST : 0;
        }
        int f = Character.isUpperCase(text.codePointAt(s)) ? CAPITALISED : 0;
        return (byte) (Character.isLowerCase(c) ? f | LOWER_CASE_FIRST : f);
    }

    private boolean wordCharAt(int i) {
        char c = chars[i];
        byte kind = CHAR_CLASS[c];
        if (kind == WORD_CHAR) {
            return true;
        }
        return kind == HIGH_SURROGATE && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])
                && isWordCodePoint(Character.toCodePoint(c, chars[i + 1]));
    }

    private static char lowerCase(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }

    private void endParagraph(int firstToken, Boilerplate boilerplate) {
        addParagraph(firstToken, size, boilerplate.startsLine(text, starts[firstToken]), isTitleCase(firstToken, size));
    }

    private void addParagraph(int firstToken, int endToken, boolean isBoilerplate, boolean titleCase) {
        int index = paragraphs.size();
        if (index + 2 > paragraphFirstTokens.length) {
            paragraphFirstTokens = Arrays.copyOf(paragraphFirstTokens, paragraphFirstTokens.length * 2);
        }
        paragraphFirstTokens[index] = firstToken;
        paragraphFirstTokens[index + 1] = endToken;
        paragraphs.add(new Paragraph(index, starts[firstToken], ends[endToken - 1], isBoilerplate, titleCase));
    }

    /** Longer than any paragraph a newspaper prints, or the text's only paragraph and longer than most. */
    private static boolean isRunOn(Paragraph p, int paragraphCount) {
        int length = p.end() - p.start();
        return length > RUN_ON_CHARS || paragraphCount == 1 && length > LONE_RUN_ON_CHARS;
    }

    /**
     * Splits paragraphs whose breaks were lost into paragraph-like units (see {@link RunOnParagraphs}):
     * the text's only paragraph unless it is short, or one far longer than any a newspaper prints.
     */
    private void recoverRunOnParagraphs(Boilerplate boilerplate) {
        int count = paragraphs.size();
        boolean anyRunOn = false;
        for (Paragraph p : paragraphs) {
            anyRunOn |= isRunOn(p, count);
        }
        if (!anyRunOn) {
            return;
        }
        RunOnParagraphs splitter = new RunOnParagraphs(this, boilerplate);
        List<Paragraph> read = new ArrayList<>(paragraphs);
        int[] readFirstTokens = Arrays.copyOf(paragraphFirstTokens, count + 1);
        RunOnParagraphs.Unit[][] units = new RunOnParagraphs.Unit[count][];
        for (Paragraph p : read) {
            if (isRunOn(p, count)) {
                units[p.index()] = splitter.split(readFirstTokens[p.index()], readFirstTokens[p.index() + 1]);
            }
        }
        paragraphs.clear();
        for (Paragraph p : read) {
            RunOnParagraphs.Unit[] us = units[p.index()];
            int to = readFirstTokens[p.index() + 1];
            if (us == null) {
                addParagraph(readFirstTokens[p.index()], to, p.boilerplate(), p.titleCase());
                continue;
            }
            for (int u = 0; u < us.length; u++) {
                int from = us[u].firstToken();
                int end = u + 1 < us.length ? us[u + 1].firstToken() : to;
                addParagraph(from, end, us[u].boilerplate(), us[u].headline() || isTitleCase(from, end));
            }
        }
        for (Paragraph p : paragraphs) {
            Arrays.fill(paragraphOf, paragraphFirstTokens[p.index()], paragraphFirstTokens[p.index() + 1], p.index());
        }
    }

    /**
     * Headlines: at least four words, seven in ten of them capitalised, and no full stop at the end
     * (a sentence listing officials is capitalised as densely, but ends like a sentence).
     */
    private boolean isTitleCase(int from, int to) {
        if (to == from || chars[ends[to - 1] - 1] == '.' || isQuoteMark(to - 1)) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (int t = from; t < to; t++) {
            if (isWord(t) && Character.isLetter(chars[starts[t]])) {
                words++;
                capitalised += Character.isUpperCase(chars[starts[t]]) ? 1 : 0;
            }
        }
        return words >= TITLE_CASE_MIN_WORDS && capitalised * 10 >= words * 7;
    }

    private static boolean isConnector(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '‘';
    }

    private static boolean isWordCodePoint(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
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

    private void add(int s, int e, TokenKind kind, int hash, byte tokenFlags) {
        if (size == starts.length) {
            int grown = size * 2;
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            kinds = Arrays.copyOf(kinds, grown);
            flags = Arrays.copyOf(flags, grown);
            paragraphOf = Arrays.copyOf(paragraphOf, grown);
            classes = Arrays.copyOf(classes, grown);
            ids = Arrays.copyOf(ids, grown);
        }
        starts[size] = s;
        ends[size] = e;
        kinds[size] = (byte) kind.ordinal();
        flags[size] = tokenFlags;
        paragraphOf[size] = paragraphs.size();
        if (kind == TokenKind.WORD) {
            int id = intern(s, e, hash);
            ids[size] = id;
            classes[size] = idClasses[id];
        } else {
            ids[size] = -1;
            classes[size] = 0;
        }
        size++;
    }

    /** The id of the lower-cased word in {@code [s, e)} with that hash, the same for every occurrence. */
    private int intern(int s, int e, int hash) {
        if (distinctWords * 2 >= idSlots.length) {
            rehash();
        }
        int mask = idSlots.length - 1;
        int slot = WordClassifier.spread(hash) & mask;
        for (long entry; (entry = idSlots[slot]) != 0; slot = (slot + 1) & mask) {
            int id = (int) entry - 1;
            if ((int) (entry >>> 32) == hash && sameWord(idOffsets[id], idLengths[id], s, e)) {
                return id;
            }
        }
        if (distinctWords == idOffsets.length) {
            int grown = distinctWords * 2;
            idOffsets = Arrays.copyOf(idOffsets, grown);
            idLengths = Arrays.copyOf(idLengths, grown);
            idHashes = Arrays.copyOf(idHashes, grown);
            idClasses = Arrays.copyOf(idClasses, grown);
        }
        idOffsets[distinctWords] = s;
        idLengths[distinctWords] = e - s;
        idHashes[distinctWords] = hash;
        idClasses[distinctWords] = classifier.classify(lower, s, e, hash);
        idSlots[slot] = slotEntry(hash, distinctWords);
        return distinctWords++;
    }

    private boolean sameWord(int offset, int length, int s, int e) {
        if (length != e - s) {
            return false;
        }
        // A plain loop: words are a few chars, shorter than what the vectorised compare pays off for.
        for (int k = 0; k < length; k++) {
            if (lower[offset + k] != lower[s + k]) {
                return false;
            }
        }
        return true;
    }

    private static long slotEntry(int hash, int id) {
        return (long) hash << 32 | (id + 1);
    }

    private void rehash() {
        idSlots = new long[idSlots.length * 2];
        int mask = idSlots.length - 1;
        for (int id = 0; id < distinctWords; id++) {
            int slot = WordClassifier.spread(idHashes[id]) & mask;
            while (idSlots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            idSlots[slot] = slotEntry(idHashes[id], id);
        }
    }

    /** The word's id: equal for equal words (ignoring case), -1 for punctuation. */
    public int wordId(int token) {
        return ids[token];
    }

    /**
     * The word's lower-case {@link String#hashCode()}: equal to {@code lowerCaseWord.hashCode()}
     * whenever {@link #is(int, String) is(token, lowerCaseWord)}, so lexicon tables can be probed
     * without building a String. 0 for punctuation.
     */
    public int wordHash(int token) {
        return ids[token] < 0 ? 0 : idHashes[ids[token]];
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

    /**
     * Whether quotation mark {@code token} is of the double family: {@code " “ ” „ «} and the rest, or
     * two single marks written for one ({@code ‘’}, {@code ''}).
     */
    public boolean isDoubleMark(int token) {
        return QuoteMarks.isDouble(chars[starts[token]]) || ends[token] - starts[token] == 2;
    }

    /** Which ways quotation mark {@code token} can face in its paragraph: {@link QuoteMarks#facing}. */
    public int markFacing(int token, int paragraphStart, int paragraphEnd) {
        return QuoteMarks.facing(text, paragraphStart, paragraphEnd, starts[token], ends[token]);
    }

    public boolean isPunct(int token, char c) {
        return kinds[token] == TokenKind.PUNCT.ordinal() && chars[starts[token]] == c;
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

    /**
     * The text between two offsets, for names and roles: in hard-wrapped text, with every run of
     * spaces and line breaks written as one space, so that a name reads the same however the text
     * was wrapped; elsewhere as written.
     */
    public String phrase(int start, int end) {
        if (!wrappedLines) {
            return text.substring(start, end);
        }
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            if (isBlank(chars[i])) {
                while (i + 1 < end && isBlank(chars[i + 1])) {
                    i++;
                }
                sb.append(' ');
            } else {
                sb.append(chars[i]);
            }
        }
        return sb.toString();
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
        return chars[starts[token]];
    }

    /** A word that starts with an upper-case letter. */
    public boolean isCapitalised(int token) {
        return (flags[token] & CAPITALISED) != 0;
    }

    /** A word whose first char is a lower-case letter. */
    public boolean startsLowerCase(int token) {
        return (flags[token] & LOWER_CASE_FIRST) != 0;
    }

    /** A word written all in capitals with at least two letters: {@code NATO}, {@code BPBD}, {@code LP3EI}. */
    public boolean isAcronym(int token) {
        return (flags[token] & ACRONYM) != 0;
    }

    /** A word with a digit in it: {@code Covid-19}, {@code 2024}. */
    public boolean hasDigit(int token) {
        return (flags[token] & HAS_DIGIT) != 0;
    }

    /** A reduplicated word, whose part after the hyphen repeats the end of the part before it: {@code Berturut-turut}. */
    public boolean isReduplication(int token) {
        return (flags[token] & REDUPLICATION) != 0;
    }

    /** Whether two tokens are in the same paragraph (no paragraph break between adjacent ones). */
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

    /** The first token of a paragraph (every paragraph has one). */
    public int firstToken(Paragraph p) {
        return paragraphFirstTokens[p.index()];
    }

    /** The token after the last one of paragraph {@code index}. */
    public int endToken(int paragraph) {
        return paragraphFirstTokens[paragraph + 1];
    }
}
