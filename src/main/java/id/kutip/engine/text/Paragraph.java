package id.kutip.engine.text;

/**
 * One line of the article: {@code [start, end)} without its line break. A boilerplate paragraph
 * (a "Baca juga:" link, an editor credit) never holds or breaks an attribution. A title-case
 * paragraph is a headline or subheading ("Indra Sjafri Puas Hasil dan Penampilan Pemainnya"): its
 * capitalised words are not names and its verbs report nothing.
 */
public record Paragraph(int index, int start, int end, boolean boilerplate, boolean titleCase) {
}
