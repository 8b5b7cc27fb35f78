package id.kutip.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What a page holds besides its article, wherever it is: code, navigation, site chrome, forms, hidden parts. */
final class PageFurniture {

    /** Never article text: code, media and form controls, the site's header, navigation, footer and side boxes. */
    static final Set<String> ELEMENTS = Set.of("script", "style", "noscript", "template", "iframe", "object", "embed",
            "svg", "canvas", "video", "audio", "map", "nav", "header", "footer", "aside", "form", "button", "select",
            "textarea", "input", "dialog", "menu");

    private static final Pattern HIDING_STYLE = Pattern.compile("(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    private PageFurniture() {
    }

    static boolean is(Element e) {
        return ELEMENTS.contains(e.normalName()) || hidden(e);
    }

    /** Hidden by the {@code hidden} attribute, {@code aria-hidden="true"} or an inline style. */
    static boolean hidden(Element e) {
        return e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")
                || (e.hasAttr("style") && HIDING_STYLE.matcher(e.attr("style").toLowerCase(Locale.ROOT)).find());
    }
}
