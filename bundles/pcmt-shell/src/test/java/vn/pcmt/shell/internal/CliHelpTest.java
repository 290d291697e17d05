package vn.pcmt.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.pcmt.api.i18n.Catalogue;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every command's --help in both languages: the summary, each option and each argument of every {@link Cli} the
 * shell declares has its key in messages_vi and messages_en, so a command added without its Vietnamese help fails
 * the build instead of showing English to the operator.
 */
class CliHelpTest {
    static final String PACKAGE = "vn.pcmt.shell.internal";

    /** The static Cli fields of the shell's classes (read from the compiled classes), by command name. */
    static List<Cli> declared() throws IOException, ReflectiveOperationException {
        List<Cli> out = new ArrayList<>();
        Path dir = Path.of("target/classes", PACKAGE.replace('.', '/'));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String file = f.getFileName().toString();
                if (!file.endsWith(".class")) {
                    continue;
                }
                Class<?> c = Class.forName(PACKAGE + "." + file.substring(0, file.length() - ".class".length()), false,
                        CliHelpTest.class.getClassLoader());
                for (Field field : c.getDeclaredFields()) {
                    if (field.getType() == Cli.class && Modifier.isStatic(field.getModifiers())) {
                        field.setAccessible(true);
                        out.add((Cli) field.get(null));
                    }
                }
            }
        }
        return out;
    }

    /** Every "new Cli(" of the sources is a static field the reflection finds: none escapes the check below. */
    @Test
    void everyCliOfTheSourcesIsFound() throws Exception {
        Pattern p = Pattern.compile("new Cli\\(\"([^\"]+)\"");
        Set<String> inSources = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java", PACKAGE.replace('.', '/')))) {
            for (Path f : files.toList()) {
                Matcher m = p.matcher(Files.readString(f));
                while (m.find()) {
                    assertTrue(inSources.add(m.group(1)), "declared twice: " + m.group(1));
                }
            }
        }
        Set<String> found = new TreeSet<>();
        declared().forEach(c -> found.add(c.name()));
        assertEquals(inSources, found, "a Cli that is not a static field of a class of " + PACKAGE);
        assertTrue(found.size() >= 37, "the shell's commands: " + found);
    }

    @Test
    void everySummaryOptionAndArgumentHasItsTextInBothLanguages() throws Exception {
        List<Cli> clis = declared();
        for (Map.Entry<String, Catalogue> lang : Map.of("vi", MsgTest.VI, "en", MsgTest.EN).entrySet()) {
            Set<String> missing = new TreeSet<>();
            for (Cli cli : clis) {
                List<String> keys = new ArrayList<>();
                keys.add(cli.summaryKey());
                cli.options().forEach(o -> keys.add(cli.key(o)));
                cli.arguments().forEach(a -> keys.add(cli.key(a)));
                keys.stream().filter(k -> !lang.getValue().has(k)).forEach(missing::add);
            }
            assertTrue(missing.isEmpty(), "help texts missing in messages_" + lang.getKey() + ".properties (put them in"
                    + " the cmd. block): " + missing);
        }
    }

    @Test
    void reportExportsOwnFormatIsNotTheTableOrJsonOne() throws Exception {
        Cli export = declared().stream().filter(c -> c.name().equals("report:export")).findFirst().orElseThrow();
        Cli.Opt format = export.options().stream().filter(o -> o.name().equals("format")).findFirst().orElseThrow();
        assertEquals("cmd.report:export.opt.format", export.key(format));
        Cli.Opt shared = new Cli("x:y", "").format().options().get(0);
        assertEquals("opt.format", new Cli("x:y", "").key(shared));
    }
}
