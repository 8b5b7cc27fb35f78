package id.kutip.api;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Reports {@code KUTIP_*} environment variables that set nothing. An unknown {@code kutip.*} key in
 * a property file or {@code -D} stops the service (SmallRye Config checks the mapping), but an
 * environment variable cannot be told from one meant for something else, so a typo such as
 * {@code KUTIP_MAX_TEXT_LENGHT} would be ignored in silence: it is logged as a warning instead.
 * Kubernetes' service links for a service named {@code kutip} ({@code KUTIP_PORT…},
 * {@code KUTIP_SERVICE_…}) are not typos and pass quietly.
 */
@ApplicationScoped
public class UnknownSettings {

    private static final Logger LOG = Logger.getLogger(UnknownSettings.class);
    private static final String PREFIX = "KUTIP_";

    void check(@Observes StartupEvent event) {
        List<String> unknown = unknown(System.getenv());
        if (!unknown.isEmpty()) {
            LOG.warnf("Environment variable%s %s set%s nothing: Kutip reads only %s. A typo?",
                    unknown.size() == 1 ? "" : "s", String.join(", ", unknown), unknown.size() == 1 ? "s" : "",
                    String.join(", ", known()));
        }
    }

    /** The {@code KUTIP_*} names in {@code env} that are no setting of {@link KutipConfig}, sorted. */
    static List<String> unknown(Map<String, String> env) {
        TreeSet<String> known = known();
        return env.keySet().stream()
                .filter(name -> name.startsWith(PREFIX) && !known.contains(name) && !isServiceLink(name))
                .sorted().toList();
    }

    /** The environment names of every {@code kutip.*} setting: {@code kutip.batch.max-documents} → {@code KUTIP_BATCH_MAX_DOCUMENTS}. */
    static TreeSet<String> known() {
        TreeSet<String> names = new TreeSet<>();
        collect(KutipConfig.class, PREFIX, names);
        return names;
    }

    private static void collect(Class<?> group, String prefix, TreeSet<String> names) {
        for (Method m : group.getDeclaredMethods()) {
            String name = prefix + m.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
            if (m.getReturnType().isInterface() && m.getReturnType().getEnclosingClass() == KutipConfig.class) {
                collect(m.getReturnType(), name + "_", names);
            } else {
                names.add(name);
            }
        }
    }

    private static boolean isServiceLink(String name) {
        return name.startsWith(PREFIX + "PORT") || name.startsWith(PREFIX + "SERVICE_");
    }
}
