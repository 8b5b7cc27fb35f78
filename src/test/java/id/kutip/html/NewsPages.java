package id.kutip.html;

/**
 * An article as a news site serves it, built at run time from its text (tests and benchmarks read
 * texts from the evaluation data and never store them): header and navigation, share buttons,
 * scripts, a hidden cookie banner, a "Baca juga" box, a comment form, related links, a footer;
 * quotation marks and other special characters as entities, inline links, source lines broken.
 * Its article text is the headline, then the text.
 */
public final class NewsPages {

    private NewsPages() {
    }

    /** The article's paragraphs (lines of {@code text}) under {@code headline}, in typical news-site markup. */
    public static String page(String headline, String text) {
        String[] paragraphs = text.split("\n");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < paragraphs.length; i++) {
            body.append("      <p>").append(htmlOf(paragraphs[i], i)).append("</p>\n");
            if (i == 2) {
                body.append("""
                              <div class="baca-juga"><strong>Baca juga:</strong>
                                <a href="/internasional/lain">Berita lain dari kawasan yang sama</a></div>
                        """);
            }
        }
        return """
                <!DOCTYPE html>
                <html lang="id">
                <head>
                  <meta charset="utf-8">
                  <title>%1$s | Kabar Dunia</title>
                  <style>.share-buttons a { margin: 4px; }</style>
                  <script type="application/ld+json">{"@type": "NewsArticle", "headline": "%1$s"}</script>
                  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({"page": "artikel"});</script>
                </head>
                <body>
                  <div class="cookie-banner" style="display: none">Situs ini memakai kuki.</div>
                  <header class="site-header">
                    <a class="logo" href="/">Kabar Dunia</a>
                    <nav><ul><li><a href="/">Beranda</a></li><li><a href="/internasional">Internasional</a></li></ul></nav>
                  </header>
                  <main>
                    <article>
                      <h1>%1$s</h1>
                      <div class="share-buttons">
                        <a href="https://facebook.example/share">Facebook</a> <a href="#">Twitter</a>
                        <button type="button">Salin tautan</button>
                      </div>
                %2$s
                      <div id="comments"><h3>Tulis komentar</h3><form><textarea></textarea></form></div>
                    </article>
                    <section class="related-articles">
                      <h2>Berita terkait</h2>
                      <ul><li><a href="/a">Judul berita terkait pertama</a></li><li><a href="/b">Kedua</a></li></ul>
                    </section>
                  </main>
                  <aside><h3>Terpopuler</h3><ol><li><a href="/c">Berita populer</a></li></ol></aside>
                  <footer><p>Hak cipta &copy; Kabar Dunia</p></footer>
                  <script src="/analitik.js"></script>
                </body>
                </html>
                """.formatted(headline, body);
    }

    /**
     * A paragraph as a page's HTML source has it: special characters as entities (quotation marks
     * as {@code &quot;}, every other non-ASCII character as a numeric one), its first "NATO" a link,
     * and the source line broken now and then.
     */
    private static String htmlOf(String paragraph, int index) {
        StringBuilder html = new StringBuilder();
        int words = 0;
        for (int i = 0; i < paragraph.length(); ) {
            int c = paragraph.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '"' -> html.append("&quot;");
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case ' ' -> html.append(++words % 12 == 0 ? "\n        " : " ");
                default -> {
                    if (c < 128) {
                        html.appendCodePoint(c);
                    } else {
                        html.append("&#").append(c).append(';');
                    }
                }
            }
        }
        String source = html.toString();
        return index % 2 == 0 ? source : source.replaceFirst("\\bNATO\\b", "<a href=\"/topik/nato\">NATO</a>");
    }
}
