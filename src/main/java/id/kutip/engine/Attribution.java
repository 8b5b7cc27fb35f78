package id.kutip.engine;

/**
 * One quotation and its source.
 *
 * @param type       direct (in quotation marks) or indirect (reported speech)
 * @param quote      the quoted words without the marks, or the reported clause
 * @param speaker    the source, or null when none can be told
 * @param cue        the reporting word ({@code kata}, {@code ujarnya}, {@code menurut}), or null
 * @param confidence in [0, 1]; lower for inherited or pronoun-resolved speakers and unpaired marks
 * @param rule       the name of the rule that produced this attribution
 */
public record Attribution(QuoteType type, Span quote, Speaker speaker, Span cue, double confidence, String rule) {
}
