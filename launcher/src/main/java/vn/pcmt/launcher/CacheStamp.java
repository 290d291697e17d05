package vn.pcmt.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Decides when the framework cache must be thrown away (platform.md trap 8): when the JDK, the chosen features or
 * any installed bundle jar changed since the cache was written. Otherwise the cache is kept, with the state the
 * operator left (stopped bundles, bundles installed from deploy/).
 */
final class CacheStamp {
    private CacheStamp() {}

    static String stamp(List<Features.BundleRef> bundles, Path repository, List<String> features) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("java ").append(System.getProperty("java.vm.version")).append('\n');
        sb.append("features ").append(String.join(",", features)).append('\n');
        for (Features.BundleRef b : bundles) {
            Path f = b.file(repository);
            sb.append(b.id()).append(' ').append(Files.size(f)).append(' ')
                    .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
        }
        return sb.toString();
    }

    /** Whether DATA/cache was written for another stamp (or is missing). */
    static boolean mustClean(Path data, String stamp) throws IOException {
        Path file = data.resolve("cache.stamp");
        return !Files.isRegularFile(file) || !Files.isDirectory(data.resolve("cache"))
                || !Files.readString(file, StandardCharsets.UTF_8).equals(stamp);
    }

    static void write(Path data, String stamp) throws IOException {
        Files.writeString(data.resolve("cache.stamp"), stamp, StandardCharsets.UTF_8);
    }
}
