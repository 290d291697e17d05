package vn.pcmt.launcher;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium, headless: a page screenshotted at A4-like width, its console messages read from Chromium's
 * log ({@code --enable-logging=stderr}: "CONSOLE(line)] message"; errors are logged at level ERROR or carry
 * "Uncaught"). .ci/run installs the package when it is missing.
 */
final class Chromium {
    record Run(int exit, List<String> consoleErrors, String log) {}

    private Chromium() {}

    static String binary() {
        for (String b : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(b))) {
                return b;
            }
        }
        throw new AssertionError("chromium is not installed (apt-get install chromium; .ci/run does it)");
    }

    static Run screenshot(Path html, Path png, Path profile) throws Exception {
        Path log = Files.createTempFile("chromium", ".log");
        Process p = new ProcessBuilder(binary(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                "--hide-scrollbars", "--window-size=900,5200", "--screenshot=" + png, html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s");
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        List<String> errors = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.contains("CONSOLE") && (line.contains(":ERROR:") || line.contains("Uncaught")
                    || line.contains("console.error") || line.contains("\"broken"))) {
                errors.add(line);
            }
        }
        if (!Files.exists(png)) {
            throw new AssertionError("no screenshot; chromium said:\n" + text);
        }
        return new Run(p.exitValue(), errors, text);
    }

    /** The share of pixels that are not near-white. */
    static double inkShare(BufferedImage img) {
        long ink = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (r + g + b < 600) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) img.getWidth() * img.getHeight());
    }

    /** Pixels clearly coloured (not grey): the bars of the charts. */
    static long colouredPixels(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    n++;
                }
            }
        }
        return n;
    }
}
