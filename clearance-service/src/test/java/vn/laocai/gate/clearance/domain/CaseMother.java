package vn.laocai.gate.clearance.domain;

import vn.laocai.gate.clearance.application.PolicyFiles;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Declarations, goods and documents for the domain tests, decided against the real rules and tariff files. */
final class CaseMother {

    static final Instant T0 = Instant.parse("2026-06-15T01:00:00Z");
    static final String BOOKING = "KT2-7XK4P9";
    static final ClearancePolicy POLICY = PolicyFiles.load("clearance/requirements-2026.2.json", "clearance/tariff-ls-09-2025.json");
    /** Every document a fresh-fruit export to China needs, but the phytosanitary certificate. */
    static final List<DocumentType> FRUIT_DOCUMENTS_BUT_PHYTO = List.of(DocumentType.INVOICE, DocumentType.PACKING_LIST,
            DocumentType.CERTIFICATE_OF_ORIGIN, DocumentType.PLANTING_AREA_CODE, DocumentType.PACKING_HOUSE_CODE);

    private CaseMother() {
    }

    static GoodsItem durian(int line) {
        return goods(line, "0810.60.00", "Fresh durian, Ri6 variety", "VN");
    }

    static GoodsItem goods(int line, String hs, String description, String origin) {
        return new GoodsItem(line, hs, description, new BigDecimal("18000"), "kgm",
                new BigDecimal("18000"), new BigDecimal("19500"), new BigDecimal("54000"), "USD", origin);
    }

    static DeclarationData data(String direction, String country, List<String> bookings, List<GoodsItem> lines) {
        return new DeclarationData(new Declarant("5300123456", "Nong san Lao Cai"), "Hekou Fruit", "305123456789",
                Direction.valueOf(direction), country, CustomsProcedure.STANDARD, false, bookings, lines);
    }

    static DeclarationData durianExport() {
        return data("EXPORT", "CN", List.of(BOOKING), List.of(durian(1)));
    }

    static Trip truck(String booking) {
        return new Trip(booking, "TRUCK", "OVER_10T");
    }

    /** The consent under which every booking of these tests is linked. */
    static final String CONSENT = "0b6c1d2e-4f5a-4b7c-8d9e-0f1a2b3c4d5e";

    /** Each booking linked under {@link #CONSENT}, carried by a truck. */
    static LinkConsent.Linked linked(List<String> bookings) {
        return new LinkConsent.Linked(bookings.stream().map(CaseMother::truck).toList(),
                bookings.stream().map(b -> BookingLink.linked(b, CONSENT, T0)).toList());
    }

    static Declaration submitted(DeclarationData data) {
        return Declaration.submit(UUID.randomUUID(), "trader-lan", data, linked(data.bookingCodes()), POLICY, T0);
    }

    static AttachedDocument document(DocumentType type, String number) {
        boolean file = !type.codeOnly();
        return new AttachedDocument(UUID.randomUUID(), type, number, file ? number + ".pdf" : null,
                file ? "application/pdf" : null, file ? 2048 : 0,
                file ? "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" : null, "trader-lan", T0);
    }

    /** A durian export with every document but the phytosanitary certificate. */
    static Declaration durianMissingPhyto() {
        Declaration d = submitted(durianExport());
        FRUIT_DOCUMENTS_BUT_PHYTO.forEach(t -> d.attachDocument(document(t, t.name() + "-1"), T0.plusSeconds(60)));
        return d;
    }

    /** Frozen beef imported from Australia through China, every document attached: health and animal quarantine. */
    static Declaration meatImportComplete() {
        Declaration d = submitted(data("IMPORT", "VN", List.of(BOOKING), List.of(goods(1, "0202.30.00", "Frozen boneless beef", "AU"))));
        for (DocumentType t : List.of(DocumentType.INVOICE, DocumentType.PACKING_LIST, DocumentType.HEALTH_CERTIFICATE)) {
            d.attachDocument(document(t, t.name() + "-1"), T0.plusSeconds(60));
        }
        d.drainEvents();
        return d;
    }

    /** A durian export with every document, its events drained. */
    static Declaration durianComplete() {
        Declaration d = durianMissingPhyto();
        d.attachDocument(document(DocumentType.PHYTOSANITARY_CERTIFICATE, "VN-PHYTO-2026-118822"), T0.plusSeconds(120));
        d.drainEvents();
        return d;
    }
}
