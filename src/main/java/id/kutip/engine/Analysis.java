package id.kutip.engine;

import java.util.List;

/** What the engine found in one text: attributions in text order, speakers in order of first quote. */
public record Analysis(List<Attribution> attributions, List<SpeakerSummary> speakers) {

    public Analysis {
        attributions = List.copyOf(attributions);
        speakers = List.copyOf(speakers);
    }
}
