package vn.laocai.gate.queue.rest;

import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.support.i18n.PlatformTexts;
import vn.laocai.gate.support.pdf.PrintedDocument;
import vn.laocai.gate.support.pdf.Trilingual;

/**
 * The printable booking slip: the booking code, the plate as written, the slot in Vietnam time (labelled), the driver,
 * and the booking's signed QR code (the token the yard scans at check-in), every label in Vietnamese, English and
 * Chinese, in that order.
 */
final class BookingSlip {

    private static final float QR_SIZE = 170;

    private BookingSlip() {
    }

    static byte[] of(Booking booking, String qrToken) {
        Trilingual t = new Trilingual(PlatformTexts.catalogue());
        try (PrintedDocument page = PrintedDocument.a4(t.text("slip.title") + " " + booking.code(), booking.code())) {
            return page.title(t.text("slip.title"))
                    .small(t.text("slip.gate"))
                    .rule()
                    .field(t.text("slip.code"), booking.code())
                    .field(t.text("slip.plate"), booking.plate().display())
                    .field(t.text("slip.direction"), t.term("direction", booking.direction().name()))
                    .field(t.text("slip.slotStart"), t.time(booking.window().start()))
                    .field(t.text("slip.slotEnd"), t.time(booking.window().end()))
                    .field(t.text("slip.driver"), booking.driver().name())
                    .field(t.text("slip.status"), t.term("status", booking.status().name()))
                    .rule()
                    .qr(qrToken, QR_SIZE, t.text("slip.qr"))
                    .space(6)
                    .small(t.text("slip.signed"))
                    .toBytes();
        }
    }
}
