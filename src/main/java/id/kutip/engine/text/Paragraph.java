package id.kutip.engine.text;

/**
 * One paragraph of the article, {@code [start, end)} from its first token to its last: usually one
 * line; several lines of hard-wrapped text; or a paragraph-like unit of text whose paragraph breaks
 * were lost (see {@code Document}). A boilerplate paragraph (a "Baca juga:" link, an editor credit)
 * never holds or breaks an attribution. A title-case paragraph is a headline or subheading ("Wali
 * Kota Sukamaju Ungkap Rencana Pasar Baru"): its capitalised words are not names and its verbs
 * report nothing.
 */
public record Paragraph(int index, int start, int end, boolean boilerplate, boolean titleCase) {
}
