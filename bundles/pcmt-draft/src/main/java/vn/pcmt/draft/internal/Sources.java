package vn.pcmt.draft.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A document's paragraphs, whatever it was written in: .txt (UTF-8, one paragraph per line), .docx (Apache POI
 * XWPF: body paragraphs and table rows in document order) or .pdf with a text layer (Apache PDFBox). The .docx and
 * .pdf readers are separate classes, so POI and PDFBox load only when such a file is drafted.
 */
final class Sources {
    /** The paragraphs, and what the reader noticed (a page break inside a paragraph, a table). */
    record Read(List<String> paragraphs, List<String> findings) {}

    /** A document that cannot be drafted, with the reason an operator can act on. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private Sources() {}

    /**
     * POI logs through Log4j's API, PDFBox through commons-logging, which prefers Log4j's API: both reach the copy
     * inside lib-poi, which has no Log4j provider. Its simple logger (errors only, on stderr) is chosen here, before
     * the first log call, instead of the warning that no provider was found.
     */
    static void simpleLog4j() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        // and no "Log4j API could not find a logging provider" line in front of the operator (its status logger)
        if (System.getProperty("log4j2.statusLoggerLevel") == null) {
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
    }

    static Read read(Path file) throws Unreadable {
        if (!Files.isRegularFile(file)) {
            throw new Unreadable("không có tệp " + file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".txt")) {
                try {
                    return new Read(Files.readAllLines(file, StandardCharsets.UTF_8), List.of());
                } catch (CharacterCodingException e) {
                    throw new Unreadable(file + ": không phải văn bản UTF-8 (lưu lại tệp dưới dạng UTF-8)");
                }
            }
            if (name.endsWith(".docx")) {
                return DocxSource.read(file);
            }
            if (name.endsWith(".pdf")) {
                return PdfSource.read(file);
            }
        } catch (IOException e) {
            throw new Unreadable(file + ": không đọc được (" + e.getMessage() + ")");
        }
        throw new Unreadable(file + ": chỉ đọc được .txt, .docx và .pdf (một tệp .doc cũ: mở bằng Word và lưu thành .docx)");
    }
}
