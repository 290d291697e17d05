package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk (issue 14): the data folder on a 40 MiB tmpfs, filled up with a file. A write that needs room
 * says, in the operator's language, that nothing was written and what to do; a database that cannot even be opened
 * says the disk is full instead of H2's "Could not save properties …lock.db"; once space is freed, nothing of the
 * refused import is there, the audit is intact, and the same import goes through. Mounting needs root (CI runs as
 * root; elsewhere the test is skipped, with the reason).
 */
class FullDiskIT {
    @TempDir
    Path dir;
    Path mount;

    static int sh(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return p.exitValue();
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            sh("umount", mount.toString());
        }
    }

    /** ./pcmt on the small disk's data folder, its output kept on the big one (the small one is full). */
    PcmtProcessIT.Run pcmt(PcmtProcessIT runner, String... args) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = runner.start(out, err, args);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "pcmt did not exit");
        return new PcmtProcessIT.Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Fills the disk of {@code mount} but {@code leave} bytes. */
    void fill(long leave) throws Exception {
        long free = Files.getFileStore(mount).getUsableSpace();
        assertEquals(0, sh("fallocate", "-l", Long.toString(Math.max(4096, free - leave)),
                mount.resolve("filler").toString()));
    }

    @Test
    void aFullDiskIsSaidPlainlyAndNothingIsHalfWritten() throws Exception {
        Path m = Files.createDirectories(dir.resolve("small-disk"));
        assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=40m", "tmpfs", m.toString()) == 0,
                "mounting a tmpfs needs root");
        mount = m;
        PcmtProcessIT runner = new PcmtProcessIT();
        runner.data = Files.createDirectories(m.resolve("data"));
        String script = Files.readString(PlatformTest.HOME.resolve("examples/hung-yen-2025.gosh"))
                .replace("examples/", PlatformTest.HOME.resolve("examples") + "/");
        Path gosh = dir.resolve("setup.gosh");
        Files.writeString(gosh, script);
        assertEquals(0, pcmt(runner, "-D", "pcmt.today=2026-12-20", gosh.toString()).exit());
        // a figures file whose notes need more room than is left
        StringBuilder csv = new StringBuilder("plan,target,period,value,unit,note\n");
        for (String line : Files.readAllLines(PlatformTest.HOME.resolve("examples/hung-yen-units-2025.csv"))) {
            if (line.startsWith("#") || line.startsWith("code") || line.isBlank()) {
                continue;
            }
            for (String period : new String[] {"2025-H1", "2025-H2", "2026-H1", "2026-H2"}) {
                csv.append("hung-yen,II.2#3,").append(period).append(",50,").append(line.split(",")[0]).append(',')
                        .append("ghi chú dài ".repeat(150)).append('\n');
            }
        }
        Path figures = dir.resolve("figures.csv");
        Files.writeString(figures, csv, StandardCharsets.UTF_8);

        fill(64 * 1024);
        PcmtProcessIT.Run refused = pcmt(runner, "-D", "pcmt.today=2026-12-20", "-c", "indicator:import " + figures);
        assertEquals(1, refused.exit(), refused.out());
        assertTrue(refused.err().contains("CHƯA được ghi: ổ đĩa chứa cơ sở dữ liệu đã đầy. Không có gì bị ghi dở"),
                refused.err());

        Files.delete(mount.resolve("filler"));
        fill(0);
        PcmtProcessIT.Run closed = pcmt(runner, "-D", "pcmt.today=2026-12-20", "-c", "unit:list");
        assertEquals(1, closed.exit());
        assertTrue(closed.err().contains("đã đầy") && closed.err().contains("không mở được cơ sở dữ liệu, chưa ghi gì"),
                closed.err());

        Files.delete(mount.resolve("filler"));
        String history = pcmt(runner, "-D", "pcmt.today=2026-12-20", "-c",
                "indicator:history hung-yen II.2#3 --format json").out();
        assertTrue(!history.contains("ghi chú dài"), "nothing of the refused import: " + history);
        assertEquals(0, pcmt(runner, "-c", "audit:verify").exit());
        PcmtProcessIT.Run again = pcmt(runner, "-D", "pcmt.today=2026-12-20", "-c", "indicator:import " + figures);
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("Đã nhập 112 số liệu"), again.out());
    }
}
