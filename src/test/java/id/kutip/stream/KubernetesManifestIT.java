package id.kutip.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests that {@code ./mvnw package} generates (quarkus-kubernetes): probes on the
 * health endpoints, the HTTP port behind the Service, memory that holds the JVM's heap, a CPU
 * request for the autoscaler, and the streaming mode's settings as environment variables.
 */
class KubernetesManifestIT {

    private static final Path MANIFEST = Path.of("target", "kubernetes", "kubernetes.yml");
    /** What a JVM running this service uses beside its heap: metaspace, code cache, threads, GC, buffers. */
    private static final long NON_HEAP_MIB = 192;

    private static Map<String, Map<String, Object>> byKind;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        byKind = new HashMap<>();
        try (Reader in = Files.newBufferedReader(MANIFEST)) {
            for (Object document : new Yaml().loadAll(in)) {
                Map<String, Object> resource = (Map<String, Object>) document;
                byKind.put((String) resource.get("kind"), resource);
            }
        }
    }

    @Test
    void theContainerServesHttpOn8080WithLivenessAndReadinessProbes() {
        Map<String, Object> container = container();
        assertEquals(8080, at(container, "ports", 0, "containerPort"));
        assertEquals("http", at(container, "ports", 0, "name"));
        assertEquals("/q/health/live", at(container, "livenessProbe", "httpGet", "path"));
        assertEquals(8080, at(container, "livenessProbe", "httpGet", "port"));
        assertEquals("/q/health/ready", at(container, "readinessProbe", "httpGet", "path"));
        assertEquals(8080, at(container, "readinessProbe", "httpGet", "port"));
    }

    @Test
    void theServiceSendsItsPortToTheContainersAndSelectsTheDeploymentsPods() {
        Map<String, Object> service = byKind.get("Service");
        assertNotNull(service, "no Service");
        assertEquals(80, at(service, "spec", "ports", 0, "port"));
        assertEquals(8080, at(service, "spec", "ports", 0, "targetPort"));
        Map<?, ?> selector = (Map<?, ?>) at(service, "spec", "selector");
        Map<?, ?> podLabels = (Map<?, ?>) at(byKind.get("Deployment"), "spec", "template", "metadata", "labels");
        assertTrue(podLabels.entrySet().containsAll(selector.entrySet()), selector + " vs " + podLabels);
    }

    @Test
    void theMemoryLimitHoldsTheHeapOfJavaOptsAndTheRequestEqualsIt() {
        Map<String, Object> container = container();
        String javaOpts = env(container).get("JAVA_OPTS");
        assertNotNull(javaOpts, "JAVA_OPTS bounds the heap");
        Matcher xmx = Pattern.compile("-Xmx(\\d+)([mMgG])").matcher(javaOpts);
        assertTrue(xmx.find(), "JAVA_OPTS has no -Xmx: " + javaOpts);
        long heapMib = Long.parseLong(xmx.group(1)) * (xmx.group(2).equalsIgnoreCase("g") ? 1024 : 1);
        long limitMib = mebibytes((String) at(container, "resources", "limits", "memory"));
        long requestMib = mebibytes((String) at(container, "resources", "requests", "memory"));
        assertTrue(limitMib >= heapMib + NON_HEAP_MIB,
                "a memory limit of " + limitMib + " MiB cannot hold a heap of " + heapMib + " MiB and the rest");
        assertEquals(limitMib, requestMib, "memory request and limit");
    }

    @Test
    void theAutoscalerScalesTheDeploymentOnCpuWhichHasARequest() {
        Map<String, Object> hpa = byKind.get("HorizontalPodAutoscaler");
        assertNotNull(hpa, "no HorizontalPodAutoscaler");
        assertEquals("autoscaling/v2", hpa.get("apiVersion"));
        assertEquals("Deployment", at(hpa, "spec", "scaleTargetRef", "kind"));
        assertEquals(at(byKind.get("Deployment"), "metadata", "name"), at(hpa, "spec", "scaleTargetRef", "name"));
        assertEquals("cpu", at(hpa, "spec", "metrics", 0, "resource", "name"));
        assertEquals("Utilization", at(hpa, "spec", "metrics", 0, "resource", "target", "type"));
        assertTrue((Integer) at(hpa, "spec", "minReplicas") <= (Integer) at(hpa, "spec", "maxReplicas"));
        assertNotNull(at(container(), "resources", "requests", "cpu"), "CPU utilisation is a share of the request");
    }

    @Test
    void theStreamingModeIsOffAndItsSettingsAreEnvironmentVariables() {
        Map<String, String> env = env(container());
        assertEquals("false", env.get("KUTIP_KAFKA_ENABLED"));
        assertEquals("kutip.articles", env.get("KUTIP_KAFKA_ARTICLES_TOPIC"));
        assertEquals("kutip.attributions", env.get("KUTIP_KAFKA_ATTRIBUTIONS_TOPIC"));
        assertEquals("kutip.articles.dlq", env.get("KUTIP_KAFKA_DEAD_LETTER_TOPIC"));
        assertEquals("kutip", env.get("KUTIP_KAFKA_GROUP_ID"));
        assertNotNull(env.get("KUTIP_KAFKA_CONSUMERS"));
        assertNotNull(env.get("KAFKA_BOOTSTRAP_SERVERS"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> container() {
        Map<String, Object> deployment = byKind.get("Deployment");
        assertNotNull(deployment, "no Deployment");
        return (Map<String, Object>) at(deployment, "spec", "template", "spec", "containers", 0);
    }

    private static Map<String, String> env(Map<String, Object> container) {
        Map<String, String> env = new HashMap<>();
        for (Object variable : (List<?>) container.get("env")) {
            Map<?, ?> v = (Map<?, ?>) variable;
            if (v.get("value") != null) {
                env.put((String) v.get("name"), String.valueOf(v.get("value")));
            }
        }
        return env;
    }

    /** The value at a path of map keys and list indexes, failing with the path if it is not there. */
    private static Object at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            current = step instanceof Integer i ? ((List<?>) current).get(i) : ((Map<?, ?>) current).get(step);
            assertNotNull(current, "nothing at " + List.of(path) + " (stopped at " + step + ")");
        }
        return current;
    }

    private static long mebibytes(String quantity) {
        Matcher m = Pattern.compile("(\\d+)(Mi|Gi)").matcher(quantity);
        assertTrue(m.matches(), "a memory quantity in Mi or Gi: " + quantity);
        return Long.parseLong(m.group(1)) * (m.group(2).equals("Gi") ? 1024 : 1);
    }
}
