package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * config/gosh_profile is only parsed by an interactive console, where an error silently drops every completion.
 * Gogo's tokenizer ends a closure at an apostrophe even inside double quotes, so descriptions must not have one.
 */
class GoshProfileTest {
    @Test
    void noApostropheInsideDoubleQuotedText() throws Exception {
        List<String> lines = Files.readAllLines(PlatformTest.HOME.resolve("config/gosh_profile"));
        Pattern quoted = Pattern.compile("\"([^\"]*)\"");
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.startsWith("#")) {
                continue;
            }
            Matcher m = quoted.matcher(l);
            while (m.find()) {
                assertTrue(!m.group(1).contains("'"), "config/gosh_profile:" + (i + 1) + ": apostrophe in " + m.group());
            }
        }
    }
}
