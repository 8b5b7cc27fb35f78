package id.kutip.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the engine over a gold JSONL file and writes replies for {@code score.py --pred}, without
 * starting the service: {@code java -cp … id.kutip.engine.PredictFile GOLD.jsonl OUT.jsonl}.
 */
public final class PredictFile {

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        AttributionEngine engine = AttributionEngine.forLanguage("id").orElseThrow();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = json.readTree(line);
                Analysis analysis = engine.analyze(doc.get("text").asText());
                ObjectNode reply = json.createObjectNode();
                reply.put("id", doc.get("id").asText());
                ArrayNode atts = reply.putArray("attributions");
                for (Attribution a : analysis.attributions()) {
                    ObjectNode n = atts.addObject();
                    n.put("type", a.type().wireName());
                    n.putObject("quote").put("text", a.quote().text()).put("start", a.quote().start()).put("end", a.quote().end());
                    if (a.speaker() == null) {
                        n.putNull("speaker");
                    } else {
                        ObjectNode s = n.putObject("speaker");
                        s.put("name", a.speaker().name());
                        s.put("role", a.speaker().role());
                    }
                    n.put("rule", a.rule());
                    n.put("confidence", a.confidence());
                    n.put("evidence", a.evidence().wireName());
                    n.put("cue", a.cue() == null ? null : a.cue().text());
                }
                out.write(json.writeValueAsString(reply));
                out.newLine();
            }
        }
    }
}
