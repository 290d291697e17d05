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
        Sources.simpleLog4j();
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
                out.add(PAGE);
            }
            if (chars < 20) {
                throw new Sources.Unreadable(file + ": tệp PDF không có lớp chữ (" + doc.getNumberOfPages()
                        + " trang, có lẽ là bản quét): không có chữ để đọc. Hãy dùng bản .docx hoặc chạy nhận dạng chữ"
                        + " (OCR, ví dụ ocrmypdf -l vie) rồi soạn lại.");
            }
            findings.add("đọc " + doc.getNumberOfPages() + " trang PDF; các dòng trong một đoạn được nối lại theo dấu câu");
            return new Sources.Read(visualLinesToParagraphs(out, findings), findings);
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new Sources.Unreadable(file + ": tệp PDF có mật khẩu");
        }
    }

    private static final String PAGE = "\f";

    /**
     * A visual line continues the paragraph when the line before it was full (it wrapped at the right margin), unless
     * that line ended a sentence and this one opens an item; after a short line a new paragraph starts. A paragraph
     * that goes on across a page is noted.
     */
    static List<String> visualLinesToParagraphs(List<String> lines, List<String> findings) {
        List<Integer> lengths = new ArrayList<>();
        for (String l : lines) {
            if (!l.isBlank() && !l.equals(PAGE)) {
                lengths.add(l.strip().length());
            }
        }
        lengths.sort(null);
        int full = lengths.isEmpty() ? 80 : lengths.get((int) (lengths.size() * 0.9));
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String prevLine = "";
        boolean pageBetween = false;
        int page = 1;
        for (String raw : lines) {
            if (raw.equals(PAGE)) {
                pageBetween = true;
                page++;
                continue;
            }
            String s = raw.strip();
            if (s.isEmpty()) {
                continue;
            }
            boolean opens = s.matches("^(?:[-+•]\\s|[IVX]+\\.\\s|\\d+(?:\\.\\d+)*\\.?\\s|[a-zđ]\\)\\s|Số:|Năm \\d{4}:).*")
                    || s.equals(s.toUpperCase()) && s.length() > 3;
            boolean ended = prevLine.matches(".*[.;:!?”\")]$");
            boolean wrapped = prevLine.length() >= 0.85 * full;
            if (cur.length() > 0 && (!wrapped || ended && opens)) {
                out.add(cur.toString());
                cur.setLength(0);
            } else if (cur.length() > 0 && pageBetween) {
                findings.add("trang " + (page - 1) + "–" + page + ": đoạn bị ngắt giữa câu (ngắt trang) đã được nối lại: \""
                        + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"");
            }
            cur.append(cur.length() == 0 ? "" : " ").append(s);
            prevLine = s;
            pageBetween = false;
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
