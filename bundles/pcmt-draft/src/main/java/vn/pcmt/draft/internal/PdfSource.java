package vn.pcmt.draft.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A .pdf with a text layer through Apache PDFBox 3 ({@link PDFTextStripper}), page by page. A scanned PDF (images,
 * no text) cannot be drafted: it is refused with what to do. PDF lines are visual lines: lines are joined into
 * paragraphs when one does not end a sentence and the next does not begin a new item (label, bullet, capital after
 * a full stop), the same rule as for page breaks.
 */
final class PdfSource {
    private PdfSource() {}

    static Sources.Read read(Path file) throws IOException, Sources.Unreadable {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> out = new ArrayList<>();
            List<String> findings = new ArrayList<>();
            int chars = 0;
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                chars += text.strip().length();
                for (String line : text.split("\\R")) {
                    out.add(line);
                }
            }
            if (chars < 20) {
                throw new Sources.Unreadable(file + ": tệp PDF không có lớp chữ (" + doc.getNumberOfPages()
                        + " trang, có lẽ là bản quét): không có chữ để đọc. Hãy dùng bản .docx hoặc chạy nhận dạng chữ"
                        + " (OCR, ví dụ ocrmypdf -l vie) rồi soạn lại.");
            }
            findings.add("đọc " + doc.getNumberOfPages() + " trang PDF; các dòng trong một đoạn được nối lại theo dấu câu");
            return new Sources.Read(visualLinesToParagraphs(out), findings);
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new Sources.Unreadable(file + ": tệp PDF có mật khẩu");
        }
    }

    /** A visual line continues the one before unless the one before ends a sentence or this one opens an item. */
    static List<String> visualLinesToParagraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String raw : lines) {
            String s = raw.strip();
            if (s.isEmpty()) {
                continue;
            }
            boolean opens = s.matches("^(?:[-+•]\\s|[IVX]+\\.\\s|\\d+(?:\\.\\d+)*\\.?\\s|[a-zđ]\\)\\s|Số:|Năm \\d{4}:).*")
                    || s.equals(s.toUpperCase()) && s.length() > 3;
            String prev = cur.toString();
            boolean ended = prev.isEmpty() || prev.matches(".*[.;:!?”\")]$") || prev.equals(prev.toUpperCase());
            if (cur.length() > 0 && (opens || ended && Character.isUpperCase(s.codePointAt(0)))) {
                out.add(prev);
                cur.setLength(0);
            }
            cur.append(cur.length() == 0 ? "" : " ").append(s);
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
