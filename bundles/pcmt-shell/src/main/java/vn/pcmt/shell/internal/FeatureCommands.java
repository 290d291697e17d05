package vn.pcmt.shell.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * {@code feature:list}: the features in the features folder (OSGi Feature JSON), which the launcher started, and
 * how many of each one's bundles are installed. The launcher tells where the folder is and what it started through
 * the framework properties {@code pcmt.features.dir} and {@code pcmt.features}.
 */
@Component(service = FeatureCommands.class, property = {"osgi.command.scope=feature", "osgi.command.function=list"})
public final class FeatureCommands {
    static final Cli LIST = new Cli("feature:list", "list the features and what of each is installed").format();
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final BundleContext context;

    @Activate
    public FeatureCommands(BundleContext context) {
        this.context = context;
    }

    record Feature(String name, String id, String title, String description, List<String> bundles) {}

    @Descriptor("list features")
    public void list(CommandSession session, @Descriptor("[--format table|json]") String... args) throws IOException {
        Cli.Parsed a = LIST.parse(args, System.out);
        if (a == null) {
            return;
        }
        String dir = context.getProperty("pcmt.features.dir");
        if (dir == null) {
            throw new CommandError("feature:list: the platform was not started by the pcmt launcher (no pcmt.features.dir)");
        }
        Set<String> started = new HashSet<>(Arrays.asList(String.valueOf(context.getProperty("pcmt.features")).split(",")));
        Set<String> installed = new HashSet<>();
        for (Bundle b : context.getBundles()) {
            installed.add(b.getLocation());
        }
        List<Feature> features = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of(dir), "*.json")) {
            for (Path f : ds) {
                features.add(read(f));
            }
        }
        features.sort((x, y) -> x.name().compareTo(y.name()));
        List<Map<String, Object>> rows = new ArrayList<>();
        Table t = new Table("FEATURE", "STARTED", "BUNDLES", "INSTALLED", "DESCRIPTION").max(4, 70);
        for (Feature f : features) {
            long in = f.bundles().stream().filter(id -> installed.contains(location(id))).count();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("id", f.id());
            m.put("started", started.contains(f.name()));
            m.put("bundles", f.bundles());
            m.put("installed", in);
            m.put("description", f.description());
            rows.add(m);
            t.row(f.name(), started.contains(f.name()) ? "yes" : "", f.bundles().size(), in,
                    f.description() == null ? f.title() : f.description());
        }
        if (a.json()) {
            JsonOut.print(System.out, rows);
        } else {
            t.print(System.out);
        }
    }

    /** The launcher installs a bundle "group:artifact:version" at location "mvn:group/artifact/version". */
    static String location(String id) {
        String[] p = id.split(":");
        return p.length >= 3 ? "mvn:" + p[0] + "/" + p[1] + "/" + p[2] : id;
    }

    private static Feature read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        String id = null;
        String title = null;
        String description = null;
        List<String> bundles = new ArrayList<>();
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new CommandError("feature:list: " + file + " is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id" -> id = p.getText();
                    case "name" -> title = p.getText();
                    case "description" -> description = p.getText();
                    case "bundles" -> {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (p.currentToken() == JsonToken.VALUE_STRING) {
                                bundles.add(p.getText());
                            } else if (p.currentToken() == JsonToken.START_OBJECT) {
                                while (p.nextToken() == JsonToken.FIELD_NAME) {
                                    String k = p.currentName();
                                    p.nextToken();
                                    if (k.equals("id")) {
                                        bundles.add(p.getText());
                                    } else {
                                        p.skipChildren();
                                    }
                                }
                            }
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        }
        return new Feature(name, id, title, description, bundles);
    }
}
