package vn.laocai.gate.support.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A printed page of the platform (a release note, a booking slip): A4, text in Vietnamese, English and Chinese, and a
 * QR code, written with Apache PDFBox. Latin and Vietnamese text is set in DejaVu Sans, what it lacks (Chinese) in
 * Droid Sans Fallback; both are shipped in this jar ({@code fonts/}, with their licences: Bitstream Vera and Apache 2.0)
 * and embedded as subsets, so the document shows the same everywhere. Text is wrapped at the right margin and runs onto
 * a new page when the page is full. Not thread-safe: one per document.
 *
 * <p>Each document parses both fonts and keeps their tables and its subsets until it is written: about 15 MB of heap
 * while it is open, most of it the Chinese face. A burst of clearances (each issuing its release note) or of drivers
 * fetching their slips would otherwise hold that many times over at once and run a service sized at 144 MiB of heap
 * out of it. So at most {@link #CONCURRENCY} documents are open in a process at a time (system property
 * {@code gate.printing.concurrency}, 2 by default); the next one waits, first come first served, until one of them is
 * written or closed. Open it with try-with-resources, so that a document abandoned half-way gives its place back.
 */
public final class PrintedDocument implements AutoCloseable {

    private static final float MARGIN = 48;
    private static final float BODY = 10;
    private static final float SMALL = 8;
    private static final float LABEL_WIDTH = 190;
    private static final byte[] LATIN = resource("fonts/DejaVuSans.ttf");
    private static final byte[] CJK = resource("fonts/DroidSansFallbackFull.ttf");
    /** How many documents a process may have open at once. */
    static final int CONCURRENCY = Integer.getInteger("gate.printing.concurrency", 2);
    private static final Semaphore OPEN = new Semaphore(CONCURRENCY, true);

    /** A font and the table that says which characters it has. */
    private record Face(PDType0Font font, TrueTypeFont ttf) {
        boolean has(int codePoint) {
            try {
                return ttf.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** A run of text set in one face. */
    private record Run(String text, Face face) {
    }

    private final PDDocument document = new PDDocument();
    private final Face latin;
    private final Face cjk;
    private final AtomicBoolean ended = new AtomicBoolean();
    private PDPageContentStream content;
    private float y;

    /** Called holding a place among the {@link #CONCURRENCY} open documents; gives it back when it cannot start. */
    private PrintedDocument(String title, String subject) {
        try {
            latin = face(LATIN);
            cjk = face(CJK);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setSubject(subject);
            info.setCreator("Kim Thanh digital border gate");
            info.setCreationDate(Calendar.getInstance());
            newPage();
        } catch (IOException | RuntimeException e) {
            close();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot start the document " + title, io);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * A new A4 document with its title and subject in the document information; waits while {@link #CONCURRENCY} others
     * are open.
     */
    public static PrintedDocument a4(String title, String subject) {
        OPEN.acquireUninterruptibly();
        return new PrintedDocument(title, subject);
    }

    /** How many documents are open in this process now. */
    static int open() {
        return CONCURRENCY - OPEN.availablePermits();
    }

    /** A title line, large. */
    public PrintedDocument title(String text) {
        return paragraph(text, 15, MARGIN, width());
    }

    /** A section heading. */
    public PrintedDocument heading(String text) {
        space(6);
        return paragraph(text, 12, MARGIN, width());
    }

    /** A paragraph of body text, wrapped. */
    public PrintedDocument text(String text) {
        return paragraph(text, BODY, MARGIN, width());
    }

    /** A paragraph of small print, wrapped. */
    public PrintedDocument small(String text) {
        return paragraph(text, SMALL, MARGIN, width());
    }

    /** A label (on the left, wrapped in its column) and its value (on the right, wrapped). */
    public PrintedDocument field(String label, String value) {
        float top = y;
        List<List<Run>> labelLines = wrap(label, SMALL, LABEL_WIDTH - 8);
        List<List<Run>> valueLines = wrap(value == null || value.isBlank() ? "-" : value, BODY, width() - LABEL_WIDTH);
        float needed = Math.max(labelLines.size() * lead(SMALL), valueLines.size() * lead(BODY));
        if (y - needed < MARGIN) {
            newPage();
            top = y;
        }
        y = top;
        for (List<Run> line : labelLines) {
            write(line, SMALL, MARGIN);
        }
        float afterLabel = y;
        y = top;
        for (List<Run> line : valueLines) {
            write(line, BODY, MARGIN + LABEL_WIDTH);
        }
        y = Math.min(y, afterLabel) - 3;
        return this;
    }

    /** Vertical space, in points. */
    public PrintedDocument space(float points) {
        y -= points;
        return this;
    }

    /** A horizontal rule across the page. */
    public PrintedDocument rule() {
        space(4);
        try {
            content.setLineWidth(0.5f);
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + width(), y);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return space(8);
    }

    /**
     * A QR code of {@code payload} (error correction M), {@code size} points square, drawn as vector modules at the left
     * margin, with {@code caption} beside it.
     */
    public PrintedDocument qr(String payload, float size, String caption) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("too much for one QR code: " + payload.length() + " characters", e);
        }
        if (y - size - 12 < MARGIN) {
            newPage();
        }
        float module = size / matrix.getWidth();
        float top = y - 4;
        try {
            content.setNonStrokingColor(0f);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < matrix.getWidth(); column++) {
                    if (matrix.get(column, row)) {
                        content.addRect(MARGIN + column * module, top - (row + 1) * module, module, module);
                    }
                }
            }
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float below = top - size - 8;
        y = top;
        for (List<Run> line : wrap(caption, SMALL, width() - size - 16)) {
            write(line, SMALL, MARGIN + size + 16);
        }
        y = Math.min(y, below);
        return this;
    }

    /** The document as PDF bytes; the document is closed. */
    public byte[] toBytes() {
        try {
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the document", e);
        } finally {
            close();
        }
    }

    /** Closes the document and gives its place back; once, however often it is called. */
    @Override
    public void close() {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            OPEN.release();
        }
    }

    private PrintedDocument paragraph(String text, float size, float x, float width) {
        for (List<Run> line : wrap(text, size, width)) {
            if (y - lead(size) < MARGIN) {
                newPage();
            }
            write(line, size, x);
        }
        return this;
    }

    private void write(List<Run> line, float size, float x) {
        y -= lead(size);
        try {
            content.beginText();
            content.newLineAtOffset(x, y + lead(size) * 0.25f);
            for (Run run : line) {
                content.setFont(run.face().font(), size);
                content.showText(run.text());
            }
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text cut into lines of at most {@code width} points, at spaces where it can, each line cut into font runs. */
    private List<List<Run>> wrap(String text, float size, float width) {
        List<List<Run>> lines = new ArrayList<>();
        for (String paragraph : Normalizer.normalize(text, Normalizer.Form.NFC).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int lastBreak = -1;
            int i = 0;
            while (i < paragraph.length()) {
                int cp = paragraph.codePointAt(i);
                line.appendCodePoint(cp);
                i += Character.charCount(cp);
                if (cp == ' ' || Character.isIdeographic(cp)) {
                    lastBreak = line.length();
                }
                if (measure(line.toString(), size) > width && line.length() > 1) {
                    int cut = lastBreak > 0 && lastBreak < line.length() ? lastBreak : line.length() - Character.charCount(cp);
                    lines.add(runs(line.substring(0, cut).stripTrailing()));
                    String rest = line.substring(cut).stripLeading();
                    line.setLength(0);
                    line.append(rest);
                    lastBreak = -1;
                }
            }
            lines.add(runs(line.toString()));
        }
        return lines;
    }

    private float measure(String text, float size) {
        float width = 0;
        for (Run run : runs(text)) {
            try {
                width += run.face().font().getStringWidth(run.text()) / 1000 * size;
            } catch (IOException | IllegalArgumentException e) {
                width += run.text().length() * size;
            }
        }
        return width;
    }

    /** The text in runs of one face: DejaVu Sans where it has the character, else the CJK face; others become '?'. */
    private List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Face face = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp)) {
                cp = ' ';
            }
            Face f = latin.has(cp) ? latin : cjk.has(cp) ? cjk : latin;
            if (!f.has(cp)) {
                cp = '?';
            }
            if (face != null && f != face) {
                runs.add(new Run(current.toString(), face));
                current.setLength(0);
            }
            face = f;
            current.appendCodePoint(cp);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), face));
        }
        return runs;
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Face face(byte[] bytes) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        return new Face(PDType0Font.load(document, ttf, true), ttf);
    }

    private static float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private static float lead(float size) {
        return size * 1.4f;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PrintedDocument.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is missing from service-support");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
