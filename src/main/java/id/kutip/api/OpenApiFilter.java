package id.kutip.api;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Tidies the generated OpenAPI document. A nullable reference comes out as {@code type: object}
 * beside {@code anyOf: [$ref, {type: null}]}, which would forbid the null it means to allow; the
 * type is widened to {@code [object, null]}.
 */
public class OpenApiFilter implements OASFilter {

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

    private static boolean isNullType(Schema s) {
        return s.getType() != null && s.getType().equals(List.of(Schema.SchemaType.NULL));
    }
}
