package id.kutip.engine;

/** One distinct speaker of an article and how many attributions name them. */
public record SpeakerSummary(String name, String role, int quotes) {
}
