package vn.pcmt.extender.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanException;
import vn.pcmt.api.Problem;

/** Parsing and validation of plan files: what is accepted, and that each kind of bad input names its place. */
class PlanReaderTest {
    static final Path PLANS = Path.of("..");

    static Path planFile(String id) {
        return PLANS.resolve("plan-" + id + "/src/main/resources/plan/" + id + ".plan.json");
    }

    static PlanCodec.Parsed read(String id) throws Exception {
        Path f = planFile(id);
        return PlanCodec.read(Files.readAllBytes(f), f.toString(),
                name -> Files.readAllBytes(f.resolveSibling(name)));
    }

    /** The Hưng Yên plan with {@code from} replaced by {@code to} (once), read with its source text. */
    static List<Problem> problemsOf(String from, String to) throws IOException {
        Path f = planFile("hung-yen");
        String json = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(json.contains(from), "fixture text not found: " + from);
        String changed = json.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        PlanException e = assertThrows(PlanException.class, () -> PlanCodec.read(changed.getBytes(StandardCharsets.UTF_8),
                "edited.plan.json", name -> Files.readAllBytes(f.resolveSibling(name))));
        return e.problems();
    }

    static String messages(List<Problem> ps) {
        return ps.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void everyShippedPlanReadsAndRoundTrips() throws Exception {
        for (String id : List.of("hung-yen", "ha-noi", "bac-ninh", "hai-phong", "bcd138-2021")) {
            PlanCodec.Parsed p = read(id);
            assertEquals(id, p.plan().id());
            assertTrue(p.lines().size() > 50, id + " source text lines");
            String exported = PlanWriter.write(p.plan());
            Path f = planFile(id);
            Plan back = PlanCodec.read(exported.getBytes(StandardCharsets.UTF_8), "export",
                    name -> Files.readAllBytes(f.resolveSibling(name))).plan();
            assertEquals(p.plan(), back, id + ": reading the export gives the same plan");
        }
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        PlanException e = assertThrows(PlanException.class, () -> PlanCodec.read(
                "{\n  \"format\": 1,\n  \"id\": \"x\" \"title\": \"t\"\n}".getBytes(StandardCharsets.UTF_8), "x.plan.json", null));
        Problem p = e.problems().get(0);
        assertEquals("x.plan.json", p.file());
        assertEquals(3, p.line());
        assertTrue(p.column() > 1, p.toString());
        assertTrue(p.message().startsWith("invalid JSON"), p.toString());
    }

    @Test
    void emptyAndNonUtf8FilesAreRefused() {
        assertTrue(assertThrows(PlanException.class, () -> PlanCodec.read(new byte[0], "e.plan.json", null))
                .getMessage().contains("empty"));
        assertTrue(assertThrows(PlanException.class, () -> PlanCodec.read(new byte[] {'{', (byte) 0xC3, '}'},
                "bad.plan.json", null)).getMessage().contains("not valid UTF-8"));
    }

    @Test
    void missingRequiredFieldIsNamed() throws IOException {
        String msg = messages(problemsOf("\"issuer\": \"Ủy ban nhân dân tỉnh Hưng Yên\",", ""));
        assertTrue(msg.contains("missing required field \"issuer\""), msg);
    }

    @Test
    void unknownComparatorListsTheAcceptedOnes() throws IOException {
        List<Problem> ps = problemsOf("\"comparator\": \"at-least\"", "\"comparator\": \"gte\"");
        assertEquals(1, ps.size(), messages(ps));
        assertTrue(ps.get(0).pointer().matches("/targets/\\d+/comparator"), ps.get(0).toString());
        assertTrue(ps.get(0).message().contains("unknown comparator \"gte\"; expected one of at-least"), ps.get(0).toString());
        assertTrue(ps.get(0).line() > 1);
    }

    @Test
    void unknownUnitIsRefused() throws IOException {
        String msg = messages(problemsOf("\"unit\": \"percent\",\n      \"measure\"", "\"unit\": \"percents\",\n      \"measure\""));
        assertTrue(msg.contains("unknown target unit \"percents\""), msg);
    }

    @Test
    void percentageAbove100IsRefused() throws IOException {
        String msg = messages(problemsOf("\"value\": 50,", "\"value\": 130,"));
        assertTrue(msg.contains("a percentage target cannot exceed 100 (130)"), msg);
    }

    @Test
    void deadlineOutsideThePeriodIsRefused() throws IOException {
        String msg = messages(problemsOf("\"year\": 2030,", "\"year\": 2035,"));
        assertTrue(msg.contains("deadline 2035 is outside the plan period 2025–2030"), msg);
    }

    @Test
    void unknownSectionReferenceIsRefused() throws IOException {
        String msg = messages(problemsOf("\"section\": \"II.2\"", "\"section\": \"II.9\""));
        assertTrue(msg.contains("unknown section \"II.9\""), msg);
    }

    @Test
    void aQuoteThatIsNotOnItsLineIsRefused() throws IOException {
        String msg = messages(problemsOf("Xây dựng ít nhất 20%", "Xây dựng ít nhất 25%"));
        assertTrue(msg.contains("quote does not occur on line"), msg);
    }

    @Test
    void duplicateIdsAndUnknownFieldsAreRefused() throws IOException {
        String msg = messages(problemsOf("\"id\": \"II.2#2\"", "\"id\": \"II.2#1\""));
        assertTrue(msg.contains("duplicate id \"II.2#1\" in targets"), msg);
        String msg2 = messages(problemsOf("\"issuer\":", "\"isuer\": \"x\", \"issuer\":"));
        assertTrue(msg2.contains("unknown field \"isuer\""), msg2);
    }
}
