package id.kutip.engine.text;

/**
 * One line of the article: {@code [start, end)} without its line break. A boilerplate paragraph
 * (a "Baca juga:" link, an editor credit) never holds or breaks an attribution.
 */
public record Paragraph(int index, int start, int end, boolean boilerplate) {
}
