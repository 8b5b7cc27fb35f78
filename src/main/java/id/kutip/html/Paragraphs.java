package id.kutip.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes an element's text as the engine reads articles: one paragraph per line. Block elements
 * start and end a paragraph and {@code <br>} ends a line (both {@code \n}); table cells are set
 * apart by a space; any run of whitespace (non-breaking spaces included) is one space, and none is
 * left at the ends of a line; empty lines go. {@code <q>} and {@code <blockquote>} whose text does
 * not begin with a quotation mark of its own get {@code “…”} ({@code ‘…’} inside another
 * quotation); a blockquote of several paragraphs opens each with {@code “} and closes only the
 * last, as newspapers do. Skipped elements are left out whole. One pass, linear in the page.
 */
final class Paragraphs implements NodeFilter {

    static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "body", "caption", "center", "dd",
            "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
            "hgroup", "hr", "html", "legend", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "tfoot", "thead", "tr", "ul");

    static final Set<String> CELLS = Set.of("td", "th");

    /** Characters that already open a quotation, so that the element needs no marks of its own. */
    static final String QUOTATION_MARKS = "\"'“”„‟‘’‚‛«»‹›「『";

    private final Set<Element> skipped;
    private final StringBuilder out = new StringBuilder();
    /** Quotation elements being written. */
    private final Map<Element, Quotation> quoting = new IdentityHashMap<>();
    /** Quotations opened but not yet marked or not: that waits for their first word. */
    private final List<Quotation> undecided = new ArrayList<>();
    private boolean pendingBreak;
    private boolean pendingSpace;
    /** The mark that reopens the quotation of a blockquote at each of its paragraphs, if it is marked. */
    private Quotation reopening;

    private Paragraphs(Set<Element> skipped) {
        this.skipped = skipped;
    }

    static String of(Element root, Set<Element> skipped) {
        Paragraphs writer = new Paragraphs(skipped);
        NodeTraversor.filter(writer, root);
        return writer.out.toString();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            words(text.getWholeText());
        } else if (node instanceof Element e) {
            if (skipped.contains(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String name = e.normalName();
            if (name.equals("br") || BLOCKS.contains(name)) {
                lineBreak();
            } else if (CELLS.contains(name)) {
                pendingSpace = true;
            }
            if (name.equals("q") || name.equals("blockquote")) {
                Quotation quotation = new Quotation(quoting.isEmpty() ? '“' : '‘', name.equals("blockquote"),
                        reopening);
                quoting.put(e, quotation);
                undecided.add(quotation);
                if (quotation.block) {
                    reopening = quotation;
                }
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return FilterResult.CONTINUE;
        }
        Quotation quotation = quoting.remove(e);
        if (quotation != null) {
            undecided.remove(quotation);
            if (quotation.marked) {
                out.append(quotation.open == '“' ? '”' : '’');
            }
            if (quotation.block) {
                reopening = quotation.outer;
            }
        }
        String name = e.normalName();
        if (BLOCKS.contains(name)) {
            lineBreak();
        } else if (CELLS.contains(name)) {
            pendingSpace = true;
        }
        return FilterResult.CONTINUE;
    }

    private void lineBreak() {
        pendingBreak = true;
        pendingSpace = false;
    }

    private void words(String text) {
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (isSpace(text.charAt(i))) {
                pendingSpace = true;
                i++;
                continue;
            }
            int end = i;
            while (end < n && !isSpace(text.charAt(end))) {
                end++;
            }
            word(text, i, end);
            i = end;
        }
    }

    private void word(String text, int from, int to) {
        boolean newLine = pendingBreak && out.length() > 0;
        if (newLine) {
            out.append('\n');
        } else if (pendingSpace && !pendingBreak && out.length() > 0) {
            out.append(' ');
        }
        if (newLine && reopening != null && reopening.marked) {
            out.append(reopening.open);
        }
        pendingBreak = false;
        pendingSpace = false;
        // The first word of a quotation tells whether it brings its own marks.
        boolean ownMarks = QUOTATION_MARKS.indexOf(text.charAt(from)) >= 0;
        for (Quotation q : undecided) {
            q.marked = !ownMarks;
            if (q.marked) {
                out.append(q.open);
            }
        }
        undecided.clear();
        out.append(text, from, to);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A {@code <q>} or {@code <blockquote>}; {@code outer} is the blockquote it sits in, if any. */
    private static final class Quotation {

        final char open;
        final boolean block;
        final Quotation outer;
        boolean marked;

        Quotation(char open, boolean block, Quotation outer) {
            this.open = open;
            this.block = block;
            this.outer = outer;
        }
    }
}
