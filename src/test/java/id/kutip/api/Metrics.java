package id.kutip.api;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code /q/metrics} (Prometheus text) for tests: the sum of a metric over the series with given labels. */
final class Metrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)$");

    private final String text;

    private Metrics(String text) {
        this.text = text;
    }

    static Metrics scrape() {
        return new Metrics(given().when().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** Sum of every sample of {@code name} whose labels include all of {@code labels}; 0 if none. */
    double sum(String name, Map<String, String> labels) {
        double total = 0;
        for (String line : text.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (m.matches() && m.group(1).equals(name) && hasLabels(m.group(3), labels)) {
                total += Double.parseDouble(m.group(4));
            }
        }
        return total;
    }

    double sum(String name) {
        return sum(name, Map.of());
    }

    boolean hasSeries(String name, Map<String, String> labels) {
        for (String line : text.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (m.matches() && m.group(1).equals(name) && hasLabels(m.group(3), labels)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLabels(String labelText, Map<String, String> labels) {
        String all = labelText == null ? "" : labelText;
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (!all.contains(e.getKey() + "=\"" + e.getValue() + "\"")) {
                return false;
            }
        }
        return true;
    }
}
