package vn.laocai.gate.queue.rest;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.queue.BookingMother;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The printable booking slip: its text and its QR, which decodes to the booking's signed token. */
@QuarkusTest
class BookingSlipTest {

    @Test
    void the_slip_names_the_booking_and_the_plate_and_its_qr_is_the_bookings_token() throws Exception {
        String driver = BookingMother.token("driver-slip", "driver");
        // the booking's answer carries its QR token, which the slip must print
        var booking = given().auth().oauth2(driver).contentType(io.restassured.http.ContentType.JSON)
                .body(BookingMother.bookingJson(BookingMother.uniquePlate())).when().post("/api/bookings")
                .then().statusCode(201).extract().jsonPath();
        String code = booking.getString("code");
        assertThat(booking.getString("qr.token")).startsWith("eyJ");
        byte[] pdf = given().auth().oauth2(driver).get("/api/bookings/" + code + "/slip.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(code, booking.getString("plate"),
                    "PHIẾU ĐẶT CHỖ QUA CỬA KHẨU", "BOOKING SLIP", "过境预约单", "giờ Việt Nam", "Vietnam time", "越南时间");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            ImageIO.write(page, "png", Path.of("target", "booking-slip.png").toFile());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(),
                    page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth()))));
            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(booking.getString("qr.token"));
        }
        given().auth().oauth2(BookingMother.token("gate-1", "gate-officer")).get("/api/bookings/" + code + "/slip.pdf").then().statusCode(200);
        given().auth().oauth2(BookingMother.token("driver-other", "driver")).get("/api/bookings/" + code + "/slip.pdf").then().statusCode(404);
    }
}
