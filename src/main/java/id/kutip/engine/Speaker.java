package id.kutip.engine;

/**
 * Who said a quote.
 *
 * @param name    the fullest name the article gives, without rank or honorific
 * @param role    title, office or affiliation the article attaches to the speaker, or null
 * @param mention where the article names the source for this quote (a name, a pronoun, a -nya
 *                suffix); null when the speaker was carried over from an earlier quote
 */
public record Speaker(String name, String role, Span mention) {
}
