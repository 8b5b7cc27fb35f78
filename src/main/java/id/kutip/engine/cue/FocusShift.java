package id.kutip.engine.cue;

import id.kutip.engine.speaker.SpeakerPhrase;

/** A point in the text where a person becomes the one that later pronoun cues refer to. */
public record FocusShift(int position, SpeakerPhrase phrase) {
}
