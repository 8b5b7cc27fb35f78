package id.kutip.html;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article on a page. Each {@code <p>} counts its text for the block that holds it
 * (past any blockquote or inline element around it); the block with the most is the main block.
 * The {@code <article>} around the main block is the article; if it has none, the page's
 * {@code <article>} with the most paragraph text is preferred, unless the main block holds more
 * than twice as much (then the page's articles are teasers of others); else the {@code <main>}
 * around the main block, else the main block itself. A page without paragraphs gives its
 * {@code <article>} with the most text, else its {@code <main>}, else its body. Within the article,
 * boxes named for page furniture ({@link #FURNITURE_NAMES} in their {@code class} or {@code id}) are
 * left out, unless they hold most of its paragraph text. Page furniture never counts.
 */
final class MainContent {

    /** Parts of class and id names that mark a share bar, related links, a "Baca juga" box, comments or ads. */
    static final List<String> FURNITURE_NAMES = List.of("share", "social", "related", "terkait", "baca-juga",
            "bacajuga", "baca_juga", "read-also", "comment", "komentar", "newsletter", "breadcrumb", "advert", "iklan");

    private MainContent() {
    }

    static Element of(Element body, PageIndex index) {
        Element block = null;
        for (Map.Entry<Element, Long> e : index.paragraphTextByBlock.entrySet()) {
            if (block == null || e.getValue() > index.paragraphTextByBlock.get(block)) {
                block = e.getKey();
            }
        }
        if (block == null) {
            Element article = most(index.articles, index::text);
            return article != null ? article : !index.mains.isEmpty() ? index.mains.get(0) : body;
        }
        Element around = block.closest("article");
        if (around != null) {
            return around;
        }
        Element article = most(index.articles, index::paragraphText);
        if (article != null && index.paragraphText(article) * 2 >= index.paragraphTextByBlock.get(block)) {
            return article;
        }
        Element main = block.closest("main, [role=main]");
        return main != null ? main : block;
    }

    /** Adds the furniture boxes within {@code article} to the index's skipped elements. */
    static void skipFurnitureWithin(Element article, PageIndex index) {
        long articleText = index.paragraphText(article);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == article) {
                    return FilterResult.CONTINUE;
                }
                if (index.skipped.contains(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (namedAsFurniture(e) && index.paragraphText(e) * 2 <= articleText) {
                    index.skipped.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, article);
    }

    private static Element most(List<Element> elements, ToLongFunction<Element> measure) {
        Element best = null;
        long most = -1;
        for (Element e : elements) {
            long m = measure.applyAsLong(e);
            if (m > most) {
                most = m;
                best = e;
            }
        }
        return best;
    }

    private static boolean namedAsFurniture(Element e) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return false;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String furniture : FURNITURE_NAMES) {
            if (names.contains(furniture)) {
                return true;
            }
        }
        return false;
    }
}
