package id.kutip.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One pass over a page's body that leaves out its {@link PageFurniture} and measures the rest:
 * the paragraph text and all text under each element, the paragraph text each block holds as its
 * own, and the page's {@code <article>} and {@code <main>} elements. Lengths count characters with
 * every run of whitespace as one. Linear in the size of the page, so that no page costs more than
 * its length.
 */
final class PageIndex implements NodeFilter {

    /** Left out of the article: page furniture, then furniture boxes within the article. */
    final Set<Element> skipped = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Own paragraph text per block, in document order of the blocks' first paragraphs. */
    final Map<Element, Long> paragraphTextByBlock = new LinkedHashMap<>();
    final List<Element> articles = new ArrayList<>();
    final List<Element> mains = new ArrayList<>();

    private final Element body;
    private final Map<Element, Long> paragraphText = new IdentityHashMap<>();
    private final Map<Element, Long> text = new IdentityHashMap<>();
    private final Map<Element, Element> blockOf = new IdentityHashMap<>();
    private int paragraphDepth;

    private PageIndex(Element body) {
        this.body = body;
    }

    static PageIndex of(Element body) {
        PageIndex index = new PageIndex(body);
        NodeTraversor.filter(index, body);
        return index;
    }

    /** Text of the {@code <p>} elements under {@code e} (or of {@code e}, a paragraph). */
    long paragraphText(Element e) {
        return paragraphText.getOrDefault(e, 0L);
    }

    /** All text under {@code e}. */
    long text(Element e) {
        return text.getOrDefault(e, 0L);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            long length = visibleLength(t.getWholeText());
            Element parent = t.parent();
            if (length > 0 && parent != null) {
                text.merge(parent, length, Long::sum);
                if (paragraphDepth > 0) {
                    paragraphText.merge(parent, length, Long::sum);
                }
            }
        } else if (node instanceof Element e) {
            if (e != body && PageFurniture.is(e)) {
                skipped.add(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            String name = e.normalName();
            if (name.equals("p")) {
                paragraphDepth++;
            } else if (name.equals("article")) {
                articles.add(e);
            } else if (name.equals("main") || e.attr("role").equals("main")) {
                mains.add(e);
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && e != body) {
            long ownParagraphText = paragraphText(e);
            if (e.normalName().equals("p")) {
                paragraphDepth--;
                if (ownParagraphText > 0) {
                    paragraphTextByBlock.merge(blockOf(e.parent()), ownParagraphText, Long::sum);
                }
            }
            if (e.parent() != null) {
                paragraphText.merge(e.parent(), ownParagraphText, Long::sum);
                text.merge(e.parent(), text(e), Long::sum);
            }
        }
        return FilterResult.CONTINUE;
    }

    /** The block that holds {@code e}'s paragraphs: {@code e}, or the nearest block above a blockquote or inline element. */
    private Element blockOf(Element e) {
        List<Element> path = new ArrayList<>();
        Element block = e;
        while (block != body && !blockOf.containsKey(block) && (block.normalName().equals("blockquote")
                || !Paragraphs.BLOCKS.contains(block.normalName()))) {
            path.add(block);
            block = block.parent();
        }
        block = blockOf.getOrDefault(block, block);
        for (Element on : path) {
            blockOf.put(on, block);
        }
        return block;
    }

    static long visibleLength(String s) {
        long length = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            boolean isSpace = Paragraphs.isSpace(s.charAt(i));
            if (!isSpace || !space) {
                length++;
            }
            space = isSpace;
        }
        return length;
    }
}
