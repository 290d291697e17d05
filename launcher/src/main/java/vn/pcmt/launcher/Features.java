package vn.pcmt.launcher;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Feature files: {@code features/NAME.json} in the OSGi Feature shape (Compendium R8 ch. 159): {@code id},
 * {@code name}, {@code description}, {@code bundles} (each {@code {"id": "group:artifact:version", "start-order": n}})
 * and an extension {@code pcmt.requires} of kind artifacts listing the features it builds on
 * ({@code vn.pcmt.feature:NAME:version}). Resolving a feature gives its required features' bundles first.
 */
final class Features {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    record BundleRef(String id, int startOrder) {
        String[] gav() {
            String[] p = id.split(":");
            if (p.length < 3) {
                throw new LaunchException("bundle id \"" + id + "\" is not group:artifact:version");
            }
            return p;
        }

        String location() {
            String[] p = gav();
            return "mvn:" + p[0] + "/" + p[1] + "/" + p[2];
        }

        Path file(Path repository) {
            String[] p = gav();
            return repository.resolve(p[0].replace('.', '/')).resolve(p[1]).resolve(p[2])
                    .resolve(p[1] + "-" + p[2] + ".jar");
        }
    }

    record Feature(String name, String id, String description, List<BundleRef> bundles, List<String> requires) {}

    private final Path dir;
    private final Map<String, Feature> cache = new LinkedHashMap<>();

    Features(Path dir) {
        this.dir = dir;
    }

    List<String> names() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().collect(Collectors.toList());
        }
    }

    Feature feature(String name) {
        Feature f = cache.get(name);
        if (f == null) {
            f = read(name);
            cache.put(name, f);
        }
        return f;
    }

    /**
     * Every feature as data for {@code feature:list} (the platform offers it as a service, read when asked): name,
     * description, the bundle locations, the features it builds on, and whether this run started it (named or
     * required by one named). Read only then: a start reads just the features it starts.
     */
    List<Map<String, Object>> asData(List<String> started) throws IOException {
        Set<String> running = resolve(started).stream().map(Feature::name).collect(Collectors.toSet());
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (String n : names()) {
            Feature f = feature(n);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", n);
            m.put("description", f.description() == null ? "" : f.description());
            m.put("bundles", f.bundles().stream().map(BundleRef::location).toList());
            m.put("requires", f.requires());
            m.put("started", running.contains(n));
            out.add(m);
        }
        return out;
    }

    /**
     * jackson-core's packages as its own manifest exports them, for the framework to export from the system bundle.
     * The launcher reads the feature files with jackson-core at every start, so its classes are loaded and verified
     * already; a jackson-core bundle loaded them a second time as soon as a bundle used them (the extender's check
     * records at every warm start: +4 MiB and ~50 ms, bench/startup.sh). Read from the jar it came from, so the
     * exports follow the version on the class path.
     */
    static String jacksonExports() throws IOException {
        java.net.URL jar = JsonFactory.class.getProtectionDomain().getCodeSource().getLocation();
        try (java.util.jar.JarFile f = new java.util.jar.JarFile(new java.io.File(jar.toURI()))) {
            String exports = f.getManifest().getMainAttributes().getValue("Export-Package");
            if (exports == null) {
                throw new IOException("jackson-core on the class path (" + jar + ") has no Export-Package");
            }
            return exports;
        } catch (java.net.URISyntaxException e) {
            throw new IOException("jackson-core's location " + jar + ": " + e.getMessage());
        }
    }

    /** The features {@code names} need, required ones first, each once. */
    List<Feature> resolve(List<String> names) {
        Set<String> done = new LinkedHashSet<>();
        for (String n : names) {
            visit(n, done, new LinkedHashSet<>());
        }
        return done.stream().map(this::feature).collect(Collectors.toList());
    }

    private void visit(String name, Set<String> done, Set<String> path) {
        if (done.contains(name)) {
            return;
        }
        if (!path.add(name)) {
            throw new LaunchException("features require each other in a cycle: " + String.join(" -> ", path) + " -> " + name);
        }
        for (String r : feature(name).requires()) {
            visit(r, done, path);
        }
        done.add(name);
    }

    /** Bundles of the resolved features, each once, in feature order then start order. */
    static List<BundleRef> bundles(List<Feature> features) {
        Map<String, BundleRef> out = new LinkedHashMap<>();
        for (Feature f : features) {
            for (BundleRef b : f.bundles()) {
                out.putIfAbsent(b.id(), b);
            }
        }
        List<BundleRef> list = new ArrayList<>(out.values());
        list.sort((a, b) -> Integer.compare(a.startOrder(), b.startOrder()));
        return list;
    }

    private Feature read(String name) {
        Path file = dir.resolve(name + ".json");
        if (!Files.isRegularFile(file)) {
            String known;
            try {
                known = String.join(", ", names());
            } catch (IOException e) {
                known = "?";
            }
            throw new LaunchException("unknown feature \"" + name + "\"; features in " + dir + ": " + known);
        }
        String id = null;
        String description = null;
        List<BundleRef> bundles = new ArrayList<>();
        List<String> requires = new ArrayList<>();
        try (JsonParser p = JSON.createParser(file.toFile())) {
            expect(p, p.nextToken() == JsonToken.START_OBJECT, file, "a feature is a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id" -> id = p.getText();
                    case "description" -> description = p.getText();
                    case "bundles" -> {
                        expect(p, p.currentToken() == JsonToken.START_ARRAY, file, "\"bundles\" is an array");
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            bundles.add(bundle(p, file));
                        }
                    }
                    case "extensions" -> {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String ext = p.currentName();
                            p.nextToken();
                            if (!ext.equals("pcmt.requires")) {
                                p.skipChildren();
                                continue;
                            }
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String k = p.currentName();
                                p.nextToken();
                                if (k.equals("artifacts")) {
                                    while (p.nextToken() != JsonToken.END_ARRAY) {
                                        String a = p.currentToken() == JsonToken.START_OBJECT ? bundle(p, file).id() : p.getText();
                                        String[] gav = a.split(":");
                                        requires.add(gav.length > 1 ? gav[1] : a);
                                    }
                                } else {
                                    p.skipChildren();
                                }
                            }
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (JsonParseException e) {
            JsonLocation l = e.getLocation();
            throw new LaunchException(file + ":" + l.getLineNr() + ":" + l.getColumnNr() + ": invalid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new LaunchException(file + ": " + e.getMessage());
        }
        if (id == null) {
            throw new LaunchException(file + ": a feature needs an \"id\"");
        }
        return new Feature(name, id, description, bundles, requires);
    }

    private static BundleRef bundle(JsonParser p, Path file) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return new BundleRef(p.getText(), 10);
        }
        expect(p, p.currentToken() == JsonToken.START_OBJECT, file, "a bundle entry is a string or an object");
        String id = null;
        int order = 10;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String k = p.currentName();
            p.nextToken();
            if (k.equals("id")) {
                id = p.getText();
            } else if (k.equals("start-order")) {
                order = p.getIntValue();
            } else {
                p.skipChildren();
            }
        }
        if (id == null) {
            throw new LaunchException(file + ": a bundle entry needs an \"id\"");
        }
        return new BundleRef(id, order);
    }

    private static void expect(JsonParser p, boolean ok, Path file, String what) {
        if (!ok) {
            JsonLocation l = p.currentTokenLocation();
            throw new LaunchException(file + ":" + l.getLineNr() + ":" + l.getColumnNr() + ": " + what);
        }
    }
}
