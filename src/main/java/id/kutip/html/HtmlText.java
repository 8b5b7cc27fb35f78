package id.kutip.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The stage that turns a web page, as a crawler fetches it, into the article text the engine
 * reads. Plain Java; jsoup is used here and nowhere else. In order:
 * <ol>
 * <li>{@link PageFurniture}: scripts, styles, navigation, headers, footers, asides, forms and
 * hidden elements are left out ({@link PageIndex} measures the rest);</li>
 * <li>{@link MainContent}: the block with the most paragraph text, widened to the
 * {@code <article>} (or {@code <main>}) around it, is the article; share bars, related links and
 * "Baca juga" boxes inside it are left out;</li>
 * <li>{@link Paragraphs}: block elements become paragraphs and {@code <br>} a line break (both
 * {@code \n}), whitespace is collapsed, entities come decoded, and {@code <q>} and
 * {@code <blockquote>} get quotation marks when they have none.</li>
 * </ol>
 * Malformed HTML is read as browsers read it; elements nested deeper than {@link #MAX_DEPTH} are
 * read as siblings of the deepest (their text stays), which keeps the cost of a page close to
 * linear in its length. A page with no text gives an empty string. The page is never modified.
 */
public final class HtmlText {

    /** Deepest element nesting read as such; real pages nest a few dozen deep. */
    static final int MAX_DEPTH = 128;

    private HtmlText() {
    }

    /** The article text of a page given as a string. */
    public static String extract(String html) {
        return textOf(Jsoup.parse(html, "", parser()));
    }

    /**
     * The article text of a page given as bytes, decoded with {@code declared} (the charset of the
     * request's {@code Content-Type}) if given, else with the page's own {@code <meta charset>} (or
     * {@code http-equiv} Content-Type, or byte-order mark), else as UTF-8. Bytes that are not valid in
     * that charset become U+FFFD, as in a browser.
     */
    public static String extract(byte[] page, Charset declared) {
        try {
            return textOf(Jsoup.parse(new ByteArrayInputStream(page), declared == null ? null : declared.name(), "",
                    parser()));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail to be read
        }
    }

    private static Parser parser() {
        return Parser.htmlParser().setMaxDepth(MAX_DEPTH);
    }

    private static String textOf(Document page) {
        Element body = page.body();
        PageIndex index = PageIndex.of(body);
        Element article = MainContent.of(body, index);
        MainContent.skipFurnitureWithin(article, index);
        return Paragraphs.of(article, index.skipped);
    }
}
