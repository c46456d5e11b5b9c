package vn.laocai.gate.support.pdf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PrintedDocumentTest {

    @Test
    void vietnamese_english_and_chinese_are_set_in_embedded_subsets_and_the_qr_reads_back() throws Exception {
        byte[] pdf = PrintedDocument.a4("Phiếu xuất", "test")
                .title("PHIẾU GIẢI PHÓNG HÀNG / Release note / 放行单")
                .field("Biển số xe / Plate / 车牌", "24C-123.45")
                .field("Chủ hàng / Declarant / 申报人", "Công ty TNHH Nông sản Lào Cai 老街农产品有限公司")
                .qr("https://gate.example/verify?n=KT2-RN-2026-000001&s=ABCD", 90, "Quét để kiểm tra / Scan to verify / 扫码验证")
                .toBytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("PHIẾU GIẢI PHÓNG HÀNG", "放行单", "24C-123.45", "Nông sản Lào Cai", "老街农产品有限公司");
            List<PDFont> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).isTrue();
                assertThat(f.getName()).matches("[A-Z]{6}\\+.*");
            });
            var image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(),
                    image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()))));
            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo("https://gate.example/verify?n=KT2-RN-2026-000001&s=ABCD");
        }
    }

    @Test
    void no_more_documents_are_open_at_once_than_the_bound_and_an_abandoned_one_gives_its_place_back() throws Exception {
        assertThat(PrintedDocument.CONCURRENCY).isEqualTo(2);
        List<PrintedDocument> held = new ArrayList<>();
        for (int i = 0; i < PrintedDocument.CONCURRENCY; i++) {
            held.add(PrintedDocument.a4("held " + i, "test").text("放行单 " + i));
        }
        assertThat(PrintedDocument.open()).isEqualTo(PrintedDocument.CONCURRENCY);
        CompletableFuture<byte[]> next = CompletableFuture.supplyAsync(() -> PrintedDocument.a4("next", "test").text("next").toBytes());
        Thread.sleep(500);
        assertThat(next).as("a third document waits while two are open").isNotDone();

        held.get(0).close();
        held.get(0).close();
        byte[] pdf = next.get(20, TimeUnit.SECONDS);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("next");
        }
        assertThat(PrintedDocument.open()).as("the one closed twice gave back one place, the written one its own").isEqualTo(1);
        assertThat(held.get(1).toBytes()).isNotEmpty();
        held.get(1).close();
        assertThat(PrintedDocument.open()).isZero();
    }

    @Test
    void twelve_documents_written_at_once_all_come_out_whole() throws Exception {
        List<CompletableFuture<byte[]>> all = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String number = "KT2-RN-2026-" + i;
            all.add(CompletableFuture.supplyAsync(() -> {
                try (PrintedDocument page = PrintedDocument.a4(number, "test")) {
                    return page.title("Phiếu giải phóng hàng / 放行单").field("Số / No.", number).toBytes();
                }
            }));
        }
        for (int i = 0; i < all.size(); i++) {
            try (PDDocument document = Loader.loadPDF(all.get(i).get(60, TimeUnit.SECONDS))) {
                assertThat(new PDFTextStripper().getText(document)).contains("KT2-RN-2026-" + i, "放行单");
            }
        }
        assertThat(PrintedDocument.open()).isZero();
    }
}
