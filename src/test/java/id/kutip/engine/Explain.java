package id.kutip.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints what the engine finds in a text file (or the argument text): a debugging aid. */
public final class Explain {

    public static void main(String[] args) throws Exception {
        String text = Files.exists(Path.of(args[0])) ? Files.readString(Path.of(args[0]), StandardCharsets.UTF_8) : args[0];
        for (Attribution a : AttributionEngine.forLanguage("id").orElseThrow().analyze(text).attributions()) {
            System.out.println(a.type().wireName() + " " + a.rule() + " " + a.confidence() + " cue=" + (a.cue() == null ? null : a.cue().text())
                    + " speaker=" + (a.speaker() == null ? null : a.speaker().name() + " | " + a.speaker().role()
                    + " | mention=" + (a.speaker().mention() == null ? null : a.speaker().mention().text()))
                    + "\n    " + a.quote().text());
        }
    }
}
