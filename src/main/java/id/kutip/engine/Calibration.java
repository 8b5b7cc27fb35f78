package id.kutip.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Confidence as measured precision: the share of attributions that were right, per rule and kind of
 * evidence, on the annotated development articles (see the table's header for how it is made).
 * Read once from {@code calibration/<lang>.tsv}; a combination the table lacks falls back to the
 * evidence's own figure, then to the rule's, then to the whole table's.
 */
public final class Calibration {

    private final Map<String, Double> byRuleAndEvidence = new HashMap<>();
    private final Map<String, Double> byRule = new HashMap<>();
    private final Map<String, Double> byEvidence = new HashMap<>();
    private double overall = 0.5;

    private Calibration() {
    }

    /** Loads the table of {@code language} from the class path; fails fast when it is missing or malformed. */
    public static Calibration load(String language) {
        String path = "calibration/" + language + ".tsv";
        try (InputStream in = Calibration.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("calibration table missing from the class path: " + path);
            }
            return read(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static Calibration read(InputStream in, String name) throws IOException {
        Calibration c = new Calibration();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNo = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            // rule, evidence ("*" for the rule as a whole, both "*" for everything), count, right, confidence
            String[] f = line.split("\t");
            if (f.length != 5) {
                throw new IllegalStateException(name + ":" + lineNo + ": needs 5 tab-separated fields");
            }
            double confidence = Double.parseDouble(f[4]);
            if (!(confidence >= 0 && confidence <= 1)) {
                throw new IllegalStateException(name + ":" + lineNo + ": confidence outside [0, 1]");
            }
            if (f[0].equals("*") && f[1].equals("*")) {
                c.overall = confidence;
            } else if (f[0].equals("*")) {
                c.byEvidence.put(f[1], confidence);
            } else if (f[1].equals("*")) {
                c.byRule.put(f[0], confidence);
            } else {
                c.byRuleAndEvidence.put(f[0] + "\t" + f[1], confidence);
            }
        }
        return c;
    }

    /** The confidence of an attribution made by {@code rule} on {@code evidence}. */
    public double confidence(String rule, Evidence evidence) {
        Double exact = byRuleAndEvidence.get(rule + "\t" + evidence.wireName());
        if (exact != null) {
            return exact;
        }
        // How the speaker was found says more than the rule that found the quote ("none" is low
        // whatever the rule), so the evidence's row comes first.
        Double ofEvidence = byEvidence.get(evidence.wireName());
        return ofEvidence != null ? ofEvidence : byRule.getOrDefault(rule, overall);
    }
}
