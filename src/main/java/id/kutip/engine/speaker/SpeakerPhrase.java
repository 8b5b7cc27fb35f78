package id.kutip.engine.speaker;

/**
 * A speaker phrase as written, before the article's registry resolves it.
 *
 * @param kind         what kind of source it names
 * @param name         the name as written (without rank or honorific), the description or
 *                     organisation, or null for pronouns, titles and anaphors
 * @param role         title, office or description the phrase attaches, or null
 * @param mentionStart where the mention of the source starts (char offset)
 * @param mentionEnd   where it ends (exclusive)
 * @param endToken     the token after the whole phrase
 */
public record SpeakerPhrase(SourceKind kind, String name, String role, int mentionStart, int mentionEnd, int endToken) {

    public SpeakerPhrase withRole(String newRole) {
        return new SpeakerPhrase(kind, name, newRole, mentionStart, mentionEnd, endToken);
    }

    public SpeakerPhrase withEnd(int newEndToken) {
        return new SpeakerPhrase(kind, name, role, mentionStart, mentionEnd, newEndToken);
    }
}
