package id.kutip.engine.cue;

import id.kutip.engine.QuoteType;
import id.kutip.engine.speaker.SpeakerPhrase;

/**
 * What a rule found before speakers are resolved: the quoted span, the phrase that names the source
 * (or none, when the source is to be carried over), the cue, and the rule.
 *
 * @param start     first char of the quote
 * @param end       end of the quote (exclusive)
 * @param phrase    the speaker phrase, or null
 * @param cueStart  first char of the cue word, or -1
 * @param cueEnd    end of the cue word, or -1
 * @param unpaired  the quotation mark never found its pair
 */
public record Claim(QuoteType type, int start, int end, SpeakerPhrase phrase, int cueStart, int cueEnd,
                    Rule rule, boolean unpaired) {

    public boolean hasCue() {
        return cueStart >= 0;
    }
}
