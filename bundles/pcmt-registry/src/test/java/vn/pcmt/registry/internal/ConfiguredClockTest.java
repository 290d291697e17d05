package vn.pcmt.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clock's rules, read from real framework properties (one Equinox per value of pcmt.today). */
class ConfiguredClockTest {
    @TempDir
    Path storage;

    LocalDate todayWith(Map<String, String> properties) throws Exception {
        try (Equinox fw = new Equinox(storage, properties)) {
            return new ConfiguredClock(fw.context()).today();
        }
    }

    @Test
    void pcmtTodayFixesTheDateForReproducibleDemos() throws Exception {
        assertEquals(LocalDate.of(2026, 3, 15), todayWith(Map.of("pcmt.today", "2026-03-15")));
        assertEquals(LocalDate.of(2025, 12, 31), todayWith(Map.of("pcmt.today", " 2025-12-31 ")), "spaces trimmed");
    }

    @Test
    void unsetOrBlankIsTheSystemDate() throws Exception {
        for (Map<String, String> props : List.of(Map.<String, String>of(), Map.of("pcmt.today", "  "))) {
            LocalDate before = LocalDate.now();
            LocalDate today = todayWith(props);
            assertTrue(!today.isBefore(before) && !today.isAfter(LocalDate.now()), props + " gave " + today);
        }
    }

    @Test
    void aDateNotInIsoFormIsRefusedWithTheValue() throws Exception {
        try (Equinox fw = new Equinox(storage, Map.of("pcmt.today", "15/03/2026"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new ConfiguredClock(fw.context()));
            assertEquals("pcmt.today \"15/03/2026\" is not a date YYYY-MM-DD", e.getMessage());
        }
    }
}
