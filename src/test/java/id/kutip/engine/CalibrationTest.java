package id.kutip.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    private static Calibration table(String text) throws IOException {
        return Calibration.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    void aCombinationFallsBackToItsEvidenceThenItsRuleThenTheWhole() throws IOException {
        Calibration c = table("""
                # comment
                *\t*\t100\t80\t0.80
                *\tnone\t10\t2\t0.30
                closing-cue\t*\t50\t47\t0.93
                closing-cue\tnamed\t30\t29\t0.96
                """);
        assertEquals(0.96, c.confidence("closing-cue", Evidence.NAMED));
        assertEquals(0.30, c.confidence("opening-cue", Evidence.NONE));
        assertEquals(0.93, c.confidence("closing-cue", Evidence.FOCUS));
        assertEquals(0.80, c.confidence("reporting-verb", Evidence.NAMED));
    }

    @Test
    void aMalformedTableFailsAtStartUp() {
        assertThrows(IllegalStateException.class, () -> table("closing-cue\tnamed\t1\t1\n"));
        assertThrows(IllegalStateException.class, () -> table("*\t*\t1\t1\t1.5\n"));
    }

    @Test
    void theShippedTableGivesNamedSpeakersMoreConfidenceThanNone() {
        Calibration c = Calibration.load("id");
        double named = c.confidence("closing-cue", Evidence.NAMED);
        double none = c.confidence("unattributed", Evidence.NONE);
        assertTrue(named > none, named + " vs " + none);
        assertTrue(named <= 1 && none >= 0);
    }
}
