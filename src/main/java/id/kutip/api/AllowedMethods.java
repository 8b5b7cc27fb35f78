package id.kutip.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The methods each path of the API takes, read from the resource classes, for the {@code Allow}
 * header and the detail of a 405 (Quarkus REST's own 405 names none).
 */
final class AllowedMethods {

    /** Every resource class of the service. */
    static final List<Class<?>> RESOURCES = List.of(AttributionResource.class, LexiconResource.class,
            RootResource.class);

    private static final Map<String, Set<String>> BY_PATH = scan();

    private AllowedMethods() {
    }

    /** The methods {@code path} takes, e.g. {@code POST}, or an empty string for a path the API does not serve. */
    static String of(String path) {
        Set<String> methods = BY_PATH.get(normalize(path));
        return methods == null ? "" : String.join(", ", methods);
    }

    private static Map<String, Set<String>> scan() {
        Map<String, Set<String>> byPath = new TreeMap<>();
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getDeclaredMethods()) {
                String verb = verbOf(m);
                if (verb == null) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String path = normalize(base + (sub == null ? "" : "/" + sub.value()));
                byPath.computeIfAbsent(path, p -> new TreeSet<>()).add(verb);
                if (verb.equals(HttpMethod.GET)) {
                    byPath.get(path).add(HttpMethod.HEAD);
                }
            }
        }
        return byPath;
    }

    private static String verbOf(Method m) {
        for (var annotation : m.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String normalize(String path) {
        String p = ("/" + path).replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
