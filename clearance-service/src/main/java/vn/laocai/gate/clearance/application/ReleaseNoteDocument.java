package vn.laocai.gate.clearance.application;

import vn.laocai.gate.clearance.domain.CanonicalDecision;
import vn.laocai.gate.clearance.domain.CaseStep;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DeclaredConsignment;
import vn.laocai.gate.clearance.domain.FeeAccount;
import vn.laocai.gate.clearance.domain.GoodsItem;
import vn.laocai.gate.clearance.domain.ReleaseNote;
import vn.laocai.gate.clearance.domain.SignedDecision;
import vn.laocai.gate.support.i18n.PlatformTexts;
import vn.laocai.gate.support.pdf.PrintedDocument;
import vn.laocai.gate.support.pdf.Trilingual;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The page of a release note, before it is signed: the consignment, its vehicles, each agency's step and every signed
 * decision with its time (Vietnam time, labelled), the fee and its e-invoice, and the QR code of the public
 * verification page; every label in Vietnamese, English and Chinese, in that order.
 */
final class ReleaseNoteDocument {

    private static final float QR_SIZE = 110;

    private ReleaseNoteDocument() {
    }

    /** A vehicle of the consignment: its booking and plate as the queue announced it. */
    record Vehicle(String bookingCode, String plate) {
    }

    static byte[] write(ReleaseNote.Summary note, Declaration declaration, List<Vehicle> vehicles, List<SignedDecision> decisions,
                        String verificationUrl) {
        Trilingual t = new Trilingual(PlatformTexts.catalogue());
        DeclaredConsignment declared = declaration.declared();
        FeeAccount fee = declaration.fee();
        try (PrintedDocument page = PrintedDocument.a4(t.text("releaseNote.title") + " " + note.number(), declared.customsDeclarationNumber())) {
            page.title(t.text("releaseNote.title"))
                    .small(t.text("releaseNote.gate"))
                    .rule()
                    .field(t.text("releaseNote.number"), note.number())
                    .field(t.text("releaseNote.clearedAt"), t.time(note.clearedAt()))
                    .field(t.text("releaseNote.customsDeclaration"), declared.customsDeclarationNumber())
                    .field(t.text("releaseNote.declarant"), declared.declarant().name() + " · " + declared.declarant().taxCode())
                    .field(t.text("releaseNote.consignee"), declared.consignee())
                    .field(t.text("releaseNote.direction"), t.term("direction", declared.direction().name()) + " · " + declared.destinationCountry());
            for (GoodsItem line : declared.goodsLines()) {
                page.field(t.text("releaseNote.goods"), "HS " + line.hsCode() + " · " + line.description() + " · "
                        + line.quantity().stripTrailingZeros().toPlainString() + " " + line.unit() + " · "
                        + line.grossWeightKg().stripTrailingZeros().toPlainString() + " kg");
            }
            for (Vehicle vehicle : vehicles) {
                page.field(t.text("releaseNote.vehicles"), vehicle.bookingCode() + " · " + (vehicle.plate() == null ? "-" : vehicle.plate()));
            }
            page.heading(t.text("releaseNote.decisions"));
            for (CaseStep step : declaration.clearance().steps()) {
                if (!step.required()) {
                    continue;
                }
                String reason = step.reason() == null || step.reason().isBlank() ? "" : " · " + step.reason();
                page.field(t.term("step", step.step().name()), t.term("state", step.state().name()) + " · "
                        + (step.decidedBy() == null ? "-" : step.decidedBy()) + " · " + t.time(step.completedAt()) + reason);
            }
            for (SignedDecision decision : decisions) {
                CanonicalDecision c = decision.canonical();
                page.field(t.text("releaseNote.signedDecision", "number", String.valueOf(decision.number())),
                        t.term("step", c.step()) + ": " + t.term("decision", c.decision()) + " · " + c.officer() + " · " + t.time(c.time()));
            }
            page.rule()
                    .field(t.text("releaseNote.fee"), NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(fee.paidVnd()) + " VND")
                    .field(t.text("releaseNote.invoice"), fee.invoiceNumber())
                    .field(t.text("releaseNote.payment"), fee.paymentReference())
                    .field(t.text("releaseNote.issuedAt"), t.time(note.issuedAt()))
                    .rule()
                    // the signature's words beside the QR, where they fit: the note stays on one page
                    .qr(verificationUrl, QR_SIZE, t.text("releaseNote.verify") + "\n" + verificationUrl + "\n\n" + t.text("releaseNote.signature"));
            return page.toBytes();
        }
    }
}
