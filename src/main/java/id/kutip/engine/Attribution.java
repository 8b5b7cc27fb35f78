package id.kutip.engine;

/**
 * One quotation and its source.
 *
 * @param type       direct (in quotation marks) or indirect (reported speech)
 * @param quote      the quoted words without the marks, or the reported clause
 * @param speaker    the source, or null when none can be told
 * @param cue        the reporting word ({@code kata}, {@code ujarnya}, {@code menurut}), or null
 * @param confidence in [0, 1]: the measured share of right attributions for its rule and evidence
 * @param rule       the name of the rule that produced this attribution
 * @param evidence   how the speaker was found (named at the cue, linked, a pronoun, carried over …)
 */
public record Attribution(QuoteType type, Span quote, Speaker speaker, Span cue, double confidence, String rule,
                          Evidence evidence) {

    /** An attribution whose evidence is not told (tests, tools). */
    public Attribution(QuoteType type, Span quote, Speaker speaker, Span cue, double confidence, String rule) {
        this(type, quote, speaker, cue, confidence, rule, Evidence.NONE);
    }
}
