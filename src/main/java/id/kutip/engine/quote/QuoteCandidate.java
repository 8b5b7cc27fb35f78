package id.kutip.engine.quote;

/**
 * Text between a pair of quotation marks in one paragraph (a quotation over several paragraphs is one
 * candidate per paragraph).
 *
 * @param openToken    token index of the opening mark; for a paragraph that goes on with a quotation
 *                     without reopening it, its first token
 * @param closeToken   token index of the closing mark, or -1 when the paragraph ends first
 * @param start        first char of the quoted words (marks and edge spaces excluded)
 * @param end          end (exclusive) of the quoted words
 * @param paragraph    index of the paragraph
 * @param reopened     the newspaper convention: this paragraph reopens a quotation begun in an earlier one
 * @param continues    no closing mark here, and the next paragraph reopens the quotation
 */
public record QuoteCandidate(int openToken, int closeToken, int start, int end, int paragraph,
                             boolean reopened, boolean continues) {

    /** A mark that never found its pair: the quotation ran to the end of the paragraph. */
    public boolean unpaired() {
        return closeToken < 0 && !continues;
    }
}
