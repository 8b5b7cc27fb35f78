package id.kutip.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Tidies the generated OpenAPI document:
 * <ul>
 * <li>A nullable reference comes out as {@code type: object} beside {@code anyOf: [$ref, {type: null}]},
 * which would forbid the null it means to allow; the type is widened to {@code [object, null]}.
 * <li>Security is stated on every operation: {@code /api/*} takes an optional API key (required only
 * when {@code kutip.api-keys} is set, see {@link ApiKeys}); health endpoints need none.
 * <li>{@code POST /api/v1/attributions} lists {@code application/json} before {@code text/plain} and
 * the Kontan seed article first, so that Swagger UI opens with that example selected.
 * <li>The health endpoints, which SmallRye Health adds, get ids and descriptions.
 * </ul>
 */
public class OpenApiFilter implements OASFilter {

    static final String BEARER = "bearerAuth";
    static final String API_KEY = "apiKey";
    static final String ATTRIBUTIONS = "/api/v1/attributions";
    static final String SEED_EXAMPLE = "seed-article";

    private static final Map<String, String[]> HEALTH = Map.of(
            "/q/health", new String[] {"health", "Liveness and readiness together",
                "Up when every check is up: `engine` (the default language's engine has loaded its lexicon and "
                        + "analysed a sentence) and `engine-capacity` (not every analysis slot busy with the queue "
                        + "full). Needs no API key."},
            "/q/health/live", new String[] {"liveness", "Is the process alive",
                "Up while the service runs, however busy; a container runtime restarts it when this fails. "
                        + "Answers without a worker thread. Needs no API key."},
            "/q/health/ready", new String[] {"readiness", "Is the service ready for requests",
                "Up once the engine has loaded its lexicon and analysed a sentence, and down while every "
                        + "analysis slot is busy and the queue is full (`engine-capacity`); send traffic only while "
                        + "it is up. Answers without a worker thread. Needs no API key."},
            "/q/health/started", new String[] {"startup", "Has the service started",
                "Up once start-up is over. Needs no API key."});

    @Override
    public Schema filterSchema(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        List<Schema.SchemaType> types = schema.getType();
        if (anyOf != null && types != null && !types.contains(Schema.SchemaType.NULL)
                && anyOf.stream().anyMatch(OpenApiFilter::isNullType)) {
            List<Schema.SchemaType> widened = new ArrayList<>(types);
            widened.add(Schema.SchemaType.NULL);
            schema.setType(widened);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Operation op : item.getOperations().values()) {
                op.setSecurity(path.startsWith(ApiKeys.GUARDED_PREFIX) ? optionalKey() : List.of());
                String[] health = HEALTH.get(path);
                if (health != null) {
                    op.setOperationId(health[0]);
                    op.setSummary(health[1]);
                    op.setDescription(health[2]);
                }
            }
            if (path.equals(ATTRIBUTIONS)) {
                jsonAndSeedFirst(item);
            }
        });
    }

    /** No key, a bearer token or an X-API-Key header: which one works depends on {@code kutip.api-keys}. */
    private static List<SecurityRequirement> optionalKey() {
        return List.of(OASFactory.createSecurityRequirement(),
                OASFactory.createSecurityRequirement().addScheme(BEARER),
                OASFactory.createSecurityRequirement().addScheme(API_KEY));
    }

    private static void jsonAndSeedFirst(PathItem item) {
        Operation post = item.getPOST();
        if (post == null) {
            return;
        }
        if (post.getRequestBody() != null) {
            post.getRequestBody().setContent(reordered(post.getRequestBody().getContent()));
        }
        if (post.getResponses() != null) {
            APIResponse ok = post.getResponses().getAPIResponse("200");
            if (ok != null) {
                ok.setContent(reordered(ok.getContent()));
            }
        }
    }

    /** {@code content} with application/json first, and the seed article first among its examples. */
    private static Content reordered(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return content;
        }
        Map<String, MediaType> types = new LinkedHashMap<>();
        MediaType json = content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (json != null) {
            types.put(jakarta.ws.rs.core.MediaType.APPLICATION_JSON, json);
            Map<String, Example> examples = json.getExamples();
            if (examples != null && examples.containsKey(SEED_EXAMPLE)) {
                Map<String, Example> seedFirst = new LinkedHashMap<>();
                seedFirst.put(SEED_EXAMPLE, examples.get(SEED_EXAMPLE));
                seedFirst.putAll(examples);
                json.setExamples(seedFirst);
            }
        }
        content.getMediaTypes().forEach(types::putIfAbsent);
        Content ordered = OASFactory.createContent();
        types.forEach(ordered::addMediaType);
        return ordered;
    }

    private static boolean isNullType(Schema s) {
        return s.getType() != null && s.getType().equals(List.of(Schema.SchemaType.NULL));
    }
}
