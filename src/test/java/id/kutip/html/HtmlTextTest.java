package id.kutip.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each extraction rule of {@link HtmlText}, on pages written for it. */
class HtmlTextTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    // --- what goes ---

    @Test
    void codeNavigationHeadersFootersAsidesAndFormsGo() {
        String page = """
                <html><head><title>Judul situs</title><style>p { color: red }</style>
                <script>var iklan = "Beli sekarang";</script></head>
                <body>
                <header><a href="/">Kabar Sukamaju</a><nav><a>Beranda</a> <a>Daerah</a></nav></header>
                <nav>Menu lain</nav>
                <p>Hujan turun sejak pagi.</p>
                <noscript>Aktifkan JavaScript</noscript>
                <aside><p>Berita populer</p></aside>
                <form><label>Surel</label><input value="isi"><button>Langganan</button></form>
                <iframe src="/video"></iframe><template><p>Templat</p></template>
                <footer>Hak cipta</footer>
                </body></html>
                """;
        assertEquals("Hujan turun sejak pagi.", HtmlText.extract(page));
    }

    @Test
    void hiddenElementsGo() {
        String page = """
                <p>Tampak.</p>
                <p hidden>Tersembunyi satu.</p>
                <div aria-hidden="true">Tersembunyi dua.</div>
                <div style="color: red; DISPLAY : none">Tersembunyi tiga.</div>
                <span style="visibility:hidden">Tersembunyi empat.</span>
                <p style="display: block">Juga tampak.</p>
                <p aria-hidden="false">Tampak pula.</p>
                """;
        assertEquals("Tampak.\nJuga tampak.\nTampak pula.", HtmlText.extract(page));
    }

    // --- which part is the article ---

    @Test
    void theArticleIsPreferredOverTheRestOfThePage() {
        String page = """
                <div class="kolom"><p>Langganan sekarang dan dapatkan hadiah menarik dari kami semua.</p>
                <p>Diskon besar untuk pembaca setia hari ini.</p></div>
                <article><h1>Banjir surut</h1><div><p>Air surut pada Selasa pagi di kota itu.</p></div>
                <blockquote>Kami siap membantu warga.</blockquote><p>Posko tetap dibuka.</p></article>
                """;
        // The other block holds more paragraph text, but not twice as much as the article.
        assertEquals("Banjir surut\nAir surut pada Selasa pagi di kota itu.\n“Kami siap membantu warga.”\n"
                + "Posko tetap dibuka.", HtmlText.extract(page));
    }

    @Test
    void withoutAnArticleTheBlockWithTheMostParagraphTextIsTaken() {
        String page = """
                <div class="kolom"><p>Pendek.</p></div>
                <div class="isi"><h2>Judul</h2><p>Paragraf pertama yang cukup panjang.</p>
                <p>Paragraf kedua yang juga cukup panjang.</p></div>
                <div class="kolom"><p>Pendek juga.</p><p>Dan ini.</p></div>
                """;
        assertEquals("Judul\nParagraf pertama yang cukup panjang.\nParagraf kedua yang juga cukup panjang.",
                HtmlText.extract(page));
    }

    @Test
    void teaserArticlesDoNotOutweighTheMainBlock() {
        String page = """
                <main><div class="berita"><p>Paragraf pertama berita utama yang panjang.</p>
                <p>Paragraf kedua berita utama yang panjang.</p></div>
                <section><article><p>Cuplikan satu.</p></article><article><p>Cuplikan dua.</p></article></section>
                </main>
                """;
        // The main block is widened to <main>, which holds the teasers too, but no teaser is chosen alone.
        assertEquals("Paragraf pertama berita utama yang panjang.\nParagraf kedua berita utama yang panjang.\n"
                + "Cuplikan satu.\nCuplikan dua.", HtmlText.extract(page));
        String withoutMain = page.replace("<main>", "<div>").replace("</main>", "</div>");
        assertEquals("Paragraf pertama berita utama yang panjang.\nParagraf kedua berita utama yang panjang.",
                HtmlText.extract(withoutMain));
    }

    @Test
    void aPageWithoutParagraphsGivesItsLongestArticleOrItsBody() {
        assertEquals("Teks panjang di dalam artikel.",
                HtmlText.extract("<article>Pendek.</article><article>Teks panjang di dalam artikel.</article>"));
        assertEquals("Satu\nDua", HtmlText.extract("<div>Satu</div><div>Dua</div>"));
    }

    @Test
    void shareBarsRelatedLinksAndBacaJugaBoxesInsideTheArticleGo() {
        String page = """
                <article><h1>Judul</h1>
                <div class="share-buttons"><a>Facebook</a> <a>Twitter</a></div>
                <p>Paragraf satu.</p>
                <div class="baca-juga"><strong>Baca juga:</strong> <a>Berita lain</a></div>
                <p>Paragraf dua.</p>
                <ul id="related-posts"><li>Tautan terkait</li></ul>
                <div class="comments"><p>Komentar pembaca.</p></div>
                </article>
                """;
        assertEquals("Judul\nParagraf satu.\nParagraf dua.", HtmlText.extract(page));
    }

    @Test
    void aBoxNamedLikeFurnitureThatHoldsTheArticleStays() {
        String page = "<article><div class=\"content share-enabled\"><p>Paragraf satu.</p><p>Paragraf dua.</p>"
                + "</div></article>";
        assertEquals("Paragraf satu.\nParagraf dua.", HtmlText.extract(page));
    }

    // --- how the text is written ---

    @Test
    void blockElementsAreParagraphsAndBrALineBreak() {
        String page = "<div><h2>Judul</h2>Teks lepas<p>Satu<br>baris dua<br/><br>baris tiga</p><ul><li>a</li>"
                + "<li>b</li></ul><table><tr><td>sel 1</td><td>sel 2</td></tr><tr><td>sel 3</td></tr></table></div>";
        assertEquals("Judul\nTeks lepas\nSatu\nbaris dua\nbaris tiga\na\nb\nsel 1 sel 2\nsel 3",
                HtmlText.extract(page));
    }

    @Test
    void whitespaceIsCollapsedAndInlineElementsJoinWords() {
        String page = "<p>  Hujan\n\tturun&nbsp;&nbsp; sejak <b>pa</b>gi, <i>kata</i>  <a href=\"#\">warga</a> . </p>"
                + "<p>\u00a0</p><p>\u2003Dua\u202f kata </p>";
        assertEquals("Hujan turun sejak pagi, kata warga .\nDua kata", HtmlText.extract(page));
    }

    @Test
    void entitiesAreDecoded() {
        String page = "<p>&quot;Ya,&quot; kata Budi &amp; Sari &ndash; &#8220;dua&#8221; &#x2019;tiga&lsquo; &copy;</p>";
        assertEquals("\"Ya,\" kata Budi & Sari – “dua” ’tiga‘ ©", HtmlText.extract(page));
    }

    @Test
    void qAndBlockquoteMarkQuotationsThatHaveNoMarks() {
        assertEquals("“Kami siap,” kata Budi.", HtmlText.extract("<p><q>Kami siap,</q> kata Budi.</p>"));
        assertEquals("Ia berkata “kami siap” tadi.", HtmlText.extract("<p>Ia berkata <q> kami siap </q> tadi.</p>"));
        assertEquals("\"Kami siap,\" kata Budi.", HtmlText.extract("<p><q>\"Kami siap,\"</q> kata Budi.</p>"));
        assertEquals("Budi berkata:\n“Kami siap.”\nLalu pergi.",
                HtmlText.extract("<p>Budi berkata:</p><blockquote>Kami siap.</blockquote><p>Lalu pergi.</p>"));
        assertEquals("“Ada ‘banjir’ di sini.”",
                HtmlText.extract("<blockquote><p>Ada <q>banjir</q> di sini.</p></blockquote>"));
        assertEquals("“Kami siap.”", HtmlText.extract("<blockquote><p>“Kami siap.”</p></blockquote>"));
        assertEquals("", HtmlText.extract("<blockquote> </blockquote>"));
    }

    @Test
    void aBlockquoteOfSeveralParagraphsReopensEachAndClosesTheLast() {
        String page = "<blockquote><p>Paragraf satu.</p><p>Paragraf dua.</p><p>Paragraf tiga.</p></blockquote>"
                + "<p>kata Budi.</p>";
        assertEquals("“Paragraf satu.\n“Paragraf dua.\n“Paragraf tiga.”\nkata Budi.", HtmlText.extract(page));
    }

    @Test
    void malformedHtmlIsReadAsABrowserWould() {
        assertEquals("Satu\nDua tebal\nTiga", HtmlText.extract("<p>Satu<p>Dua <b>tebal<p>Tiga</div></span>"));
        assertEquals("a < b dan c > d", HtmlText.extract("<p>a < b dan c > d"));
    }

    @Test
    void aPageWithoutTextGivesAnEmptyString() {
        assertEquals("", HtmlText.extract(""));
        assertEquals("", HtmlText.extract("<html><head><title>Judul</title></head><body><script>x()</script>"
                + "<nav>Menu</nav><p> &nbsp; </p></body></html>"));
    }

    // --- charset of a page given as bytes ---

    @Test
    void bytesAreUtf8WhenNothingSaysOtherwise() {
        byte[] page = "<p>“Siap,” kata Budi – kemarin.</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals("“Siap,” kata Budi – kemarin.", HtmlText.extract(page, null));
    }

    @Test
    void theMetaCharsetOfThePageIsHonoured() {
        String page = "<html><head><meta charset=\"windows-1252\"></head><body><p>“Siap,” kata Budi – kemarin.</p>";
        assertEquals("“Siap,” kata Budi – kemarin.", HtmlText.extract(page.getBytes(WINDOWS_1252), null));
        String httpEquiv = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "</head><body><p>“Siap,” kata Budi.</p>";
        assertEquals("“Siap,” kata Budi.", HtmlText.extract(httpEquiv.getBytes(WINDOWS_1252), null));
    }

    @Test
    void theDeclaredCharsetBeatsTheMeta() {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><p>Kafé “Sukamaju”</p>";
        assertEquals("Kafé “Sukamaju”", HtmlText.extract(page.getBytes(WINDOWS_1252), WINDOWS_1252));
        assertEquals("Kafé “Sukamaju”", HtmlText.extract(page.getBytes(StandardCharsets.UTF_16), StandardCharsets.UTF_16));
    }

    @Test
    void bytesInvalidInTheCharsetBecomeReplacementCharacters() {
        byte[] page = {'<', 'p', '>', 'a', (byte) 0xFF, 'b', '<', '/', 'p', '>'};
        assertEquals("a\uFFFDb", HtmlText.extract(page, null));
    }
}
