package vn.pcmt.extender.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.pcmt.extender.internal.Json.Arr;
import vn.pcmt.extender.internal.Json.Node;
import vn.pcmt.extender.internal.Json.Obj;

/** docs/plan.schema.json is the format's machine-readable form: it must declare every field the plans use. */
class PlanSchemaTest {
    @Test
    void schemaDeclaresEveryFieldTheShippedPlansUse() throws Exception {
        Path schemaFile = Path.of("../../docs/plan.schema.json");
        Node schema = Json.parse(Files.readString(schemaFile), schemaFile.toString());
        Set<String> declared = new TreeSet<>();
        collect(schema, declared, true);
        for (String id : new String[] {"hung-yen", "ha-noi", "bac-ninh", "hai-phong", "bcd138-2021"}) {
            Path f = PlanReaderTest.planFile(id);
            Set<String> used = new TreeSet<>();
            collect(Json.parse(Files.readString(f), f.toString()), used, false);
            used.removeAll(declared);
            assertTrue(used.isEmpty(), id + " uses fields the schema does not declare: " + used);
        }
    }

    /** Keys of every object (plan) or of every "properties" object (schema). */
    private static void collect(Node n, Set<String> keys, boolean schema) {
        if (n.value() instanceof Obj o) {
            for (Map.Entry<String, Node> e : o.members().entrySet()) {
                if (!schema) {
                    keys.add(e.getKey());
                } else if (e.getKey().equals("properties") && e.getValue().value() instanceof Obj p) {
                    keys.addAll(p.members().keySet());
                }
                collect(e.getValue(), keys, schema);
            }
        } else if (n.value() instanceof Arr a) {
            a.elements().forEach(e -> collect(e, keys, schema));
        }
    }
}
