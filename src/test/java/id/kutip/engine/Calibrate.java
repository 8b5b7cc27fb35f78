package id.kutip.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures, per rule and kind of evidence, how often the engine's attributions are right on
 * annotated articles, and writes the calibration table the engine reads its confidence from:
 * <pre>
 *   java -cp … id.kutip.engine.Calibrate src/main/resources/calibration/id.tsv ../shared/eval/dev.jsonl ../shared/eval/dev2.jsonl
 * </pre>
 * An attribution is right when it matches an annotated quote (the evaluation's own matching: word
 * overlap of at least half, one to one, greedily best first) whose speaker it names exactly;
 * unmatched attributions are wrong; those matching an optional or uncertain annotation are left
 * out, as the evaluation leaves them out. Each combination's figure is smoothed toward its kind of
 * evidence's, so a combination seen a few times gets the confidence of its kind.
 */
public final class Calibrate {

    /** Weight of the prior in the smoothing, in attributions. */
    private static final double PRIOR_WEIGHT = 4;
    private static final String EDGE = " \t\r\n.,;:!?\"'“”‘’«»„‟‹›-–—…()[]";
    private static final Set<String> HONORIFICS = Set.of("pak", "bu", "bapak", "ibu", "dr", "prof", "h", "hj", "ir", "drs",
            "kh", "sdr", "saudara");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        AttributionEngine engine = AttributionEngine.forLanguage("id").orElseThrow();
        Map<String, int[]> cells = new TreeMap<>();
        List<String> sources = new ArrayList<>();
        for (int a = 1; a < args.length; a++) {
            int docs = 0;
            for (String line : Files.readAllLines(Path.of(args[a]), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                docs++;
                JsonNode doc = json.readTree(line);
                List<Attribution> found = engine.analyze(doc.get("text").asText()).attributions();
                for (String type : List.of("direct", "indirect")) {
                    tally(doc, type, found, cells);
                }
            }
            sources.add(Path.of(args[a]).getFileName() + " (" + docs + " articles)");
        }
        write(Path.of(args[0]), cells, sources);
    }

    private static void tally(JsonNode doc, String type, List<Attribution> found, Map<String, int[]> cells) {
        List<JsonNode> golds = new ArrayList<>();
        for (JsonNode q : doc.get("quotes")) {
            if (q.get("type").asText().equals(type)) {
                golds.add(q);
            }
        }
        List<Attribution> preds = new ArrayList<>();
        for (Attribution a : found) {
            if (a.type().wireName().equals(type)) {
                preds.add(a);
            }
        }
        // Greedy one-to-one matching by best overlap, as the evaluation does.
        List<double[]> pairs = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            for (int p = 0; p < preds.size(); p++) {
                double o = overlap(golds.get(g).get("quote").asText(), preds.get(p).quote().text());
                if (o >= 0.5) {
                    pairs.add(new double[] {o, g, p});
                }
            }
        }
        pairs.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : x[1] != y[1] ? Double.compare(y[1], x[1]) : Double.compare(y[2], x[2]));
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        Boolean[] right = new Boolean[preds.size()];
        for (double[] pair : pairs) {
            int g = (int) pair[1];
            int p = (int) pair[2];
            if (usedG.contains(g) || usedP.contains(p)) {
                continue;
            }
            usedG.add(g);
            usedP.add(p);
            JsonNode gold = golds.get(g);
            if (gold.path("optional").asBoolean(false) || gold.path("speaker_uncertain").asBoolean(false)) {
                right[p] = null; // left out, as the evaluation leaves it out
                continue;
            }
            Speaker s = preds.get(p).speaker();
            right[p] = speakerStrict(s == null ? null : s.name(), gold.get("speaker"));
        }
        for (int p = 0; p < preds.size(); p++) {
            Attribution a = preds.get(p);
            if (!usedP.contains(p)) {
                boolean onOptional = false;
                for (JsonNode g : golds) {
                    onOptional |= g.path("optional").asBoolean(false) && overlap(g.get("quote").asText(), a.quote().text()) >= 0.5;
                }
                if (onOptional) {
                    continue;
                }
                right[p] = false; // spurious
            } else if (right[p] == null) {
                continue;
            }
            int[] cell = cells.computeIfAbsent(a.rule() + "\t" + a.evidence().wireName(), k -> new int[2]);
            cell[0]++;
            cell[1] += right[p] ? 1 : 0;
        }
    }

    private static void write(Path out, Map<String, int[]> cells, List<String> sources) throws Exception {
        Map<String, int[]> rules = new TreeMap<>();
        Map<String, int[]> evidences = new TreeMap<>();
        int[] all = new int[2];
        cells.forEach((key, c) -> {
            int tab = key.indexOf('\t');
            for (int[] r : List.of(rules.computeIfAbsent(key.substring(0, tab), k -> new int[2]),
                    evidences.computeIfAbsent(key.substring(tab + 1), k -> new int[2]), all)) {
                r[0] += c[0];
                r[1] += c[1];
            }
        });
        double overall = (all[1] + 1.0) / (all[0] + 2.0);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Confidence by rule and evidence: the measured share of right attributions, smoothed.\n");
            w.write("# Made by id.kutip.engine.Calibrate (src/test/java) from " + String.join(", ", sources) + ";\n");
            w.write("# regenerate after any engine change (README, \"Confidence\"). Columns: rule, evidence\n");
            w.write("# (* = all), attributions, right, confidence. A combination missing here falls back to its\n");
            w.write("# evidence's row (* and the evidence), then to its rule's row, then to the first row.\n");
            w.write("*\t*\t" + all[0] + "\t" + all[1] + "\t" + format(overall) + "\n");
            Map<String, Double> byEvidence = new TreeMap<>();
            for (Map.Entry<String, int[]> e : evidences.entrySet()) {
                // Kinds of evidence differ widely ("none" is rarely right): no pull toward the average.
                double confidence = (e.getValue()[1] + 1.0) / (e.getValue()[0] + 2.0);
                byEvidence.put(e.getKey(), confidence);
                w.write("*\t" + e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\t" + format(confidence) + "\n");
            }
            for (Map.Entry<String, int[]> r : rules.entrySet()) {
                w.write(r.getKey() + "\t*\t" + r.getValue()[0] + "\t" + r.getValue()[1] + "\t"
                        + format(smooth(r.getValue(), overall)) + "\n");
                for (Map.Entry<String, int[]> c : cells.entrySet()) {
                    if (c.getKey().startsWith(r.getKey() + "\t")) {
                        String evidence = c.getKey().substring(c.getKey().indexOf('\t') + 1);
                        w.write(c.getKey() + "\t" + c.getValue()[0] + "\t" + c.getValue()[1] + "\t"
                                + format(smooth(c.getValue(), byEvidence.get(evidence))) + "\n");
                    }
                }
            }
        }
    }

    private static double smooth(int[] cell, double prior) {
        return (cell[1] + PRIOR_WEIGHT * prior) / (cell[0] + PRIOR_WEIGHT);
    }

    private static String format(double confidence) {
        return String.format(Locale.ROOT, "%.2f", Math.max(0.01, Math.min(0.99, confidence)));
    }

    // ---- the evaluation's text comparison (score.py), so "right" means what the scorer means ----

    private static String norm(String s) {
        String t = s == null ? "" : s;
        int a = 0;
        int b = t.length();
        while (a < b && EDGE.indexOf(t.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && EDGE.indexOf(t.charAt(b - 1)) >= 0) {
            b--;
        }
        return t.substring(a, b).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(norm(s));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static double overlap(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        List<String> rest = new ArrayList<>(tb);
        int common = 0;
        for (String t : ta) {
            if (rest.remove(t)) {
                common++;
            }
        }
        return (double) common / Math.max(ta.size(), tb.size());
    }

    private static boolean speakerStrict(String predicted, JsonNode gold) {
        if (gold == null || gold.isNull()) {
            return predicted == null || norm(predicted).isEmpty();
        }
        if (predicted == null) {
            return false;
        }
        return nameTokens(predicted).equals(nameTokens(gold.asText()));
    }

    private static List<String> nameTokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : tokens(s)) {
            if (!HONORIFICS.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
