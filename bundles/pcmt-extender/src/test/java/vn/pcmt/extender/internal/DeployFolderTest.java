package vn.pcmt.extender.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.pcmt.extender.internal.DeployEvent.Dropped;
import vn.pcmt.extender.internal.DeployEvent.Kind;
import vn.pcmt.extender.internal.DeployEvent.Looked;
import vn.pcmt.extender.internal.DeployEvent.Removed;

/** What the deploy folder publishes, look by look, with no framework: the events its subscribers act on. */
class DeployFolderTest {
    @TempDir
    Path dir;

    /** Records every event; takes a dropped file unless {@code refuse} says otherwise. */
    static final class Recorder implements DeployEvent.Listener {
        final List<DeployEvent> events = new ArrayList<>();
        Predicate<Dropped> refuse = d -> false;

        @Override
        public boolean on(DeployEvent event) {
            events.add(event);
            return !(event instanceof Dropped d && refuse.test(d));
        }

        List<DeployEvent> take() {
            List<DeployEvent> out = List.copyOf(events);
            events.clear();
            return out;
        }
    }

    private Path write(String name, String content, long time) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        Files.setLastModifiedTime(f, FileTime.fromMillis(time));
        return f;
    }

    @Test
    void theFirstLookTakesEveryFileAsItIs() throws IOException {
        Path plan = write("a.plan.json", "{}", 1_000);
        Path jar = write("b.jar", "PK", 1_000);
        write("notes.txt", "not a deploy file", 1_000);
        Recorder r = new Recorder();
        new DeployFolder(dir, List.of(r)).scan(true);
        List<DeployEvent> events = r.take();
        assertEquals(3, events.size(), events.toString());
        assertTrue(events.contains(new Dropped(plan, Kind.PLAN_FILE, new DeployEvent.Stamp(2, 1_000), false)));
        assertTrue(events.contains(new Dropped(jar, Kind.JAR, new DeployEvent.Stamp(2, 1_000), false)));
        assertEquals(new Looked(Set.of(plan, jar), true), events.get(2), "the end of the look comes last");
    }

    @Test
    void aFileIsTakenWhenItIsTheSameAtTwoLooksAndAgainOnlyWhenItChanges() throws IOException {
        Recorder r = new Recorder();
        DeployFolder folder = new DeployFolder(dir, List.of(r));
        folder.scan(true);
        r.take();
        Path plan = write("a.plan.json", "{}", 1_000);
        folder.scan(false);
        assertEquals(List.of(new Looked(Set.of(plan), false)), r.take(), "still being copied, perhaps");
        folder.scan(false);
        assertEquals(new Dropped(plan, Kind.PLAN_FILE, new DeployEvent.Stamp(2, 1_000), false), r.take().get(0));
        folder.scan(false);
        assertEquals(List.of(new Looked(Set.of(plan), false)), r.take(), "unchanged: not again");

        write("a.plan.json", "{ }", 2_000);
        folder.scan(false);
        folder.scan(false);
        assertEquals(new Dropped(plan, Kind.PLAN_FILE, new DeployEvent.Stamp(3, 2_000), true), r.take().get(1),
                "changed: it replaces the version taken");

        Files.delete(plan);
        folder.scan(false);
        assertEquals(List.of(new Removed(plan, Kind.PLAN_FILE), new Looked(Set.of(), false)), r.take());
    }

    @Test
    void aFileNotTakenYetIsPublishedAgainAndKeepsTheVersionTakenBefore() throws IOException {
        Path plan = write("a.plan.json", "{}", 1_000);
        Recorder r = new Recorder();
        DeployFolder folder = new DeployFolder(dir, List.of(r));
        folder.scan(true);
        r.take();
        write("a.plan.json", "{ }", 2_000);
        r.refuse = d -> true; // say, its text has not come yet
        folder.scan(false);
        folder.scan(false);
        folder.scan(false);
        List<DeployEvent> events = r.take();
        assertEquals(2, events.stream().filter(e -> e instanceof Dropped).count(), events.toString());
        assertTrue(events.stream().filter(e -> e instanceof Dropped).allMatch(e -> ((Dropped) e).replaces()));
        r.refuse = d -> false;
        folder.scan(false);
        assertEquals(new Dropped(plan, Kind.PLAN_FILE, new DeployEvent.Stamp(3, 2_000), true), r.take().get(0));

        // a new file never taken, then deleted, was never there for the subscribers: no Removed
        r.refuse = d -> true;
        Path other = write("b.plan.json", "{}", 1_000);
        folder.scan(false);
        folder.scan(false);
        Files.delete(other);
        folder.scan(false);
        assertFalse(r.take().stream().anyMatch(e -> e instanceof Removed));
    }

    @Test
    void everySubscriberHearsEveryEventAndAllMustTakeAFile() throws IOException {
        Path jar = write("b.jar", "PK", 1_000);
        Recorder a = new Recorder();
        Recorder b = new Recorder();
        b.refuse = d -> d.kind() == Kind.JAR;
        DeployFolder folder = new DeployFolder(dir, List.of(a, b));
        folder.scan(true);
        folder.scan(false);
        assertEquals(a.events, b.events);
        assertEquals(2, a.events.stream().filter(e -> e instanceof Dropped d && d.file().equals(jar)).count(),
                "published again: one subscriber did not take it");
    }

    @Test
    void aFolderThatCannotBeReadPublishesNothing() {
        Recorder r = new Recorder();
        new DeployFolder(dir.resolve("absent"), List.of(r)).scan(true);
        assertEquals(List.of(), r.events, "its files are not taken as deleted");
    }
}
