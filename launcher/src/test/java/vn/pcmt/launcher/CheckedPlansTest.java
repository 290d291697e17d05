package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * A plan bundle that passed its checks is registered from its summary at the next start and read only when used
 * (area bundles likewise);
 * a bundle whose content changed is read and checked again. Real Equinox, real plan bundles, one data folder across
 * restarts.
 */
class CheckedPlansTest {
    @TempDir
    Path data;

    /** The plan service's own account ("plan ID (ORIGIN, not read yet)"); the API classes live in the framework. */
    static String state(Platform p, String id) throws Exception {
        ServiceReference<?> ref = Fixtures.plan(p, id);
        try {
            return String.valueOf(p.context().getService(ref));
        } finally {
            p.context().ungetService(ref);
        }
    }

    @Test
    void aCheckedPlanBundleIsRegisteredFromItsSummaryAndReadWhenUsed() throws Exception {
        String list;
        String json;
        String check;
        String show;
        String areas;
        String areaTargets;
        try (Platform first = Fixtures.all(data)) {
            assertFalse(state(first, "hung-yen").contains("not read yet"), "first start: read and checked");
            list = Fixtures.ok(first, "plan:list").out();
            json = Fixtures.ok(first, "plan:list --format json").out();
            check = Fixtures.ok(first, "plan:check hung-yen").out();
            show = Fixtures.ok(first, "plan:show hung-yen").out();
            areas = Fixtures.ok(first, "area:list").out();
            areaTargets = Fixtures.ok(first, "indicator:list --area demand").out();
        }
        try (Platform again = Fixtures.all(data)) {
            for (String id : new String[] {"hung-yen", "ha-noi", "bac-ninh", "hai-phong", "bcd138-2021"}) {
                assertTrue(state(again, id).contains("not read yet"), id + ": " + state(again, id));
            }
            assertEquals(2025, Fixtures.plan(again, "hung-yen").getProperty("pcmt.plan.period.from"));
            assertEquals("Hưng Yên", Fixtures.plan(again, "hung-yen").getProperty("pcmt.plan.locality"));
            assertEquals(list, Fixtures.ok(again, "plan:list").out(), "the summary lists what the plan did");
            assertEquals(json, Fixtures.ok(again, "plan:list --format json").out());
            assertTrue(state(again, "hung-yen").contains("not read yet"), "listing read no plan");

            assertEquals(show, Fixtures.ok(again, "plan:show hung-yen").out(), "read in full when shown");
            assertEquals(check, Fixtures.ok(again, "plan:check hung-yen").out(), "and checked the same way");
            assertFalse(state(again, "hung-yen").contains("not read yet"));
            assertTrue(state(again, "ha-noi").contains("not read yet"), "other plans stay unread");
            // the areas too are registered from the record of an earlier start and read when first used
            assertEquals(areas, Fixtures.ok(again, "area:list").out());
            assertEquals(areaTargets, Fixtures.ok(again, "indicator:list --area demand").out());
        }
    }

    @Test
    void aPlanBundleUpdatedWithABadPlanIsCheckedAgainAndRefused() throws Exception {
        try (Platform first = Fixtures.all(data)) {
            assertNotNull(Fixtures.plan(first, "hung-yen"));
        }
        try (Platform again = Fixtures.all(data)) {
            Bundle b = Fixtures.bundle(again, "plan-hung-yen");
            // same bundle, same location, new content: a share target of 130 %
            b.update(new ByteArrayInputStream(withPlan(b.getLocation(), json -> json.replaceFirst(
                    "\"value\"\\s*:\\s*50\\b", "\"value\": 130"))));
            again.awaitPlansRead(10_000);
            assertNull(Fixtures.plan(again, "hung-yen"), "the changed bundle was checked again and refused");
            assertNotNull(Fixtures.plan(again, "ha-noi"), "other plans untouched");
        }
        try (Platform third = Fixtures.all(data)) {
            assertNull(Fixtures.plan(third, "hung-yen"), "not brought back by the summary of its earlier content");
            assertTrue(state(third, "ha-noi").contains("not read yet"));
        }
    }

    @Test
    void aPlanFileIsRegisteredFromItsRecordUntilItOrItsTextChanges() throws Exception {
        Path files = java.nio.file.Files.createDirectories(data.resolve("files"));
        Path src = PlatformTest.HOME.resolve("bundles/plan-hung-yen/src/main/resources/plan");
        Path json = files.resolve("hy.plan.json");
        Files.writeString(json, Files.readString(src.resolve("hung-yen.plan.json"), StandardCharsets.UTF_8)
                .replace("\"id\": \"hung-yen\"", "\"id\": \"hy-file\""), StandardCharsets.UTF_8);
        Files.copy(src.resolve("hung-yen.txt"), files.resolve("hung-yen.txt"));
        String show;
        try (Platform first = Fixtures.all(data)) {
            Fixtures.ok(first, "plan:load " + json);
            show = Fixtures.ok(first, "plan:show hy-file").out();
        }
        try (Platform again = Fixtures.all(data)) {
            assertTrue(state(again, "hy-file").contains("not read yet"), "a remembered plan:load file: from its record");
            assertEquals(show, Fixtures.ok(again, "plan:show hy-file").out());
        }
        // the source text changed (only its time here): the plan is read and checked again at the next start
        Path text = files.resolve("hung-yen.txt");
        Files.setLastModifiedTime(text, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(text).toMillis() + 5_000));
        try (Platform third = Fixtures.all(data)) {
            assertFalse(state(third, "hy-file").contains("not read yet"), state(third, "hy-file"));
        }
        try (Platform fourth = Fixtures.all(data)) {
            assertTrue(state(fourth, "hy-file").contains("not read yet"), "and recorded again");
        }
    }

    @Test
    void aRecordedPlanThatCannotBeReadWhenUsedIsUnloadedAndTheOthersGoOn() throws Exception {
        Path files = java.nio.file.Files.createDirectories(data.resolve("files"));
        Path src = PlatformTest.HOME.resolve("bundles/plan-hung-yen/src/main/resources/plan");
        Path json = files.resolve("hy.plan.json");
        String good = Files.readString(src.resolve("hung-yen.plan.json"), StandardCharsets.UTF_8)
                .replace("\"id\": \"hung-yen\"", "\"id\": \"hy-file\"");
        Files.writeString(json, good, StandardCharsets.UTF_8);
        Files.copy(src.resolve("hung-yen.txt"), files.resolve("hung-yen.txt"));
        try (Platform first = Fixtures.all(data)) {
            Fixtures.ok(first, "plan:load " + json);
        }
        // changed in place behind the record's back: same size, same time, a target of 130 %
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(json);
        String bad = good.replaceFirst("\"value\": 50,", "\"value\": 130,").replaceFirst("\n", "");
        assertEquals(good.getBytes(StandardCharsets.UTF_8).length, bad.getBytes(StandardCharsets.UTF_8).length);
        Files.writeString(json, bad, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(json, time);
        try (Platform again = Fixtures.all(data)) {
            assertTrue(state(again, "hy-file").contains("not read yet"), "the record still matches");
            Platform.Result show = again.execute("plan:show hy-file");
            assertEquals(1, show.exit());
            assertTrue(show.err().contains("cannot be read now, and is unloaded") && show.err().contains("130"),
                    show.err());
            assertNull(Fixtures.plan(again, "hy-file"), "withdrawn");
            assertTrue(Fixtures.ok(again, "assignment:list --overdue --as-of 2026-11-23").out().contains("hung-yen"),
                    "queries across plans go on");
        }
        try (Platform third = Fixtures.all(data)) {
            assertNull(Fixtures.plan(third, "hy-file"), "its record was dropped: read at start, and refused");
        }
    }

    /** The plan-hung-yen jar with its plan JSON rewritten. */
    static byte[] withPlan(String location, java.util.function.UnaryOperator<String> edit) throws Exception {
        Path jar = Fixtures.repoJar("plan-hung-yen");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean edited = false;
        try (InputStream raw = Files.newInputStream(jar); JarInputStream in = new JarInputStream(raw);
                JarOutputStream o = new JarOutputStream(out, in.getManifest())) {
            for (JarEntry e; (e = in.getNextJarEntry()) != null;) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().endsWith(".plan.json")) {
                    String before = new String(bytes, StandardCharsets.UTF_8);
                    String after = edit.apply(before);
                    edited = !after.equals(before);
                    bytes = after.getBytes(StandardCharsets.UTF_8);
                }
                o.putNextEntry(new JarEntry(e.getName()));
                o.write(bytes);
                o.closeEntry();
            }
        }
        assertTrue(edited, "the edit changed the plan of " + location);
        return out.toByteArray();
    }
}
