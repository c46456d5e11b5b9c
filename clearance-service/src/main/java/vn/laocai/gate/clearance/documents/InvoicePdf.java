package vn.laocai.gate.clearance.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jboss.logging.Logger;
import vn.laocai.gate.clearance.config.ClearanceConfig;
import vn.laocai.gate.clearance.domain.FeeInvoice;
import vn.laocai.gate.clearance.domain.InvoiceCheck;
import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.support.i18n.PlatformTexts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The readable copy of a fee e-invoice: one A4 page, each field labelled in Vietnamese, English and Chinese (texts
 * {@code invoice.*} of the message catalogues), its values as the XML has them, and what the check of its signatures
 * found. The XML stays the invoice; this copy says so. Fonts: a TrueType font with Vietnamese letters and one with
 * Chinese characters ({@code gate.clearance.invoice.latin-font}, {@code .cjk-font}, a .ttf or a .ttc); when one is not
 * there the copy falls back to Helvetica, Vietnamese written without its marks and the Chinese labels left out.
 */
@ApplicationScoped
public class InvoicePdf {

    private static final Logger LOG = Logger.getLogger(InvoicePdf.class);
    private static final List<String> FIELDS = List.of("template", "symbol", "number", "date", "seller", "seller-tax-code",
            "buyer", "buyer-tax-code", "total", "total-in-words", "tax-authority-code", "signature");

    private final Optional<Path> latinFont;
    private final Optional<Path> cjkFont;

    @Inject
    public InvoicePdf(ClearanceConfig config) {
        this(config.invoice().latinFont(), config.invoice().cjkFont());
    }

    InvoicePdf(Optional<Path> latinFont, Optional<Path> cjkFont) {
        this.latinFont = latinFont.filter(Files::isRegularFile);
        this.cjkFont = cjkFont.filter(Files::isRegularFile);
    }

    /** The PDF of {@code invoice} with {@code check}, the check of its stored XML now. */
    public byte[] render(FeeInvoice invoice, InvoiceCheck check) {
        try (PDDocument document = new PDDocument()) {
            PDFont latin = latinFont.map(p -> load(document, p)).orElse(null);
            PDFont cjk = cjkFont.map(p -> load(document, p)).orElse(null);
            PDFont fallback = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            document.getDocumentInformation().setTitle("E-invoice " + invoice.invoiceNumber());
            InvoiceCheck.Content c = check.content();
            List<String> values = c == null ? List.of() : List.of(nz(c.template()), nz(c.symbol()), nz(c.number()),
                    c.issuedOn() == null ? "" : c.issuedOn().toString(), nz(c.sellerName()), nz(c.sellerTaxCode()), nz(c.buyerName()),
                    nz(c.buyerTaxCode()), c.totalVnd() == null ? "" : String.format("%,d VND", c.totalVnd()), nz(c.totalInWords()),
                    nz(c.taxAuthorityCode()), check.status().name() + (check.signer() == null ? "" : " - " + check.signer()));
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = 790;
                y = line(out, latin, fallback, 16, 50, y, text(Language.VI, "title") + " / " + text(Language.EN, "title"));
                if (cjk != null) {
                    y = line(out, cjk, null, 14, 50, y, text(Language.ZH, "title"));
                }
                y = line(out, latin, fallback, 9, 50, y - 4, text(Language.EN, "copy-note") + " " + invoice.invoiceNumber());
                y -= 10;
                for (int i = 0; i < FIELDS.size() && i < values.size(); i++) {
                    String field = FIELDS.get(i);
                    line(out, latin, fallback, 9, 50, y, text(Language.VI, field) + " / " + text(Language.EN, field));
                    if (cjk != null) {
                        line(out, cjk, null, 9, 250, y, text(Language.ZH, field));
                    }
                    for (String part : wrap(values.get(i), 48)) {
                        y = line(out, latin, fallback, 10, 330, y, part);
                    }
                    y -= 6;
                }
                if (check.problem() != null) {
                    line(out, latin, fallback, 9, 50, y - 6, check.problem());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Language language, String field) {
        return PlatformTexts.render(language, Message.of("invoice." + field));
    }

    /** Writes {@code text} at (x, y) in {@code font}, or in {@code fallback} with what it cannot show folded away; the next line's y. */
    private static float line(PDPageContentStream out, PDFont font, PDFont fallback, float size, float x, float y, String text) throws IOException {
        PDFont used = font != null ? font : fallback;
        String shown = font != null ? text : ascii(text);
        out.beginText();
        out.setFont(used, size);
        out.newLineAtOffset(x, y);
        out.showText(shown);
        out.endText();
        return y - size * 1.5f;
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7E]", "");
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            if (current.length() > 0 && current.length() + word.length() + 1 > width) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "").append(word);
        }
        lines.add(current.toString());
        return lines;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static PDFont load(PDDocument document, Path file) {
        try {
            if (file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                return PDType0Font.load(document, first[0], true);
            }
            return PDType0Font.load(document, file.toFile());
        } catch (IOException e) {
            LOG.warnf("Font %s cannot be read (%s): the invoice's copy falls back to Helvetica", file, e.getMessage());
            return null;
        }
    }
}
