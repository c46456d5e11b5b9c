package vn.laocai.gate.events;

import java.time.Instant;
import java.util.List;

import static vn.laocai.gate.events.EventMother.BOOKING_CODE;

/** Sample clearance events of the durian export in {@link EventMother}. */
public final class ClearanceEventMother {

    static final Instant T0 = Instant.parse("2026-06-15T01:30:00Z");

    private ClearanceEventMother() {
    }

    public static ConsignmentReadyForGate consignmentReadyForGate() {
        return new ConsignmentReadyForGate("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", "305123456789", List.of(BOOKING_CODE), true, T0.plusSeconds(1200));
    }

    public static ConsignmentHeld consignmentHeld() {
        return new ConsignmentHeld("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", List.of(BOOKING_CODE), "PLANT_QUARANTINE", "Phytosanitary certificate missing", T0.plusSeconds(1300));
    }

    public static ConsignmentRejected consignmentRejected() {
        return new ConsignmentRejected("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", List.of(BOOKING_CODE), "CUSTOMS", "Goods do not match the declaration", T0.plusSeconds(5000));
    }

    public static InspectionOutcomeRecorded inspectionOutcomeRecorded() {
        return new InspectionOutcomeRecorded("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", List.of(BOOKING_CODE), 1, "PLANT_QUARANTINE", "SPLIT_LOT",
                "ORDERED", "RETURN_TO_EXPORTER", List.of(new InspectionOutcomeRecorded.RejectedLine(1, new java.math.BigDecimal("2500"), "kgm")),
                "Live larvae in 2.5 t of the lot", null, "kd-hoa", T0.plusSeconds(4800));
    }

    public static DocumentAttached documentAttached() {
        return new DocumentAttached("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", 2, "0b8f5a52-6a57-4c0e-9f0c-7d3c2e1b4a59", "PHYTOSANITARY_CERTIFICATE", "VN-PHYTO-2026-118822", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 184320L, "trader-lan", T0.plusSeconds(900));
    }

    public static DeclarationAmended declarationAmended() {
        return new DeclarationAmended("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", 3, List.of("GOODS_LINES"), List.of("CUSTOMS", "PLANT_QUARANTINE"), "trader-lan", T0.plusSeconds(1000));
    }

    public static ClearanceStepDecided clearanceStepDecided() {
        return new ClearanceStepDecided("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", 1, "CUSTOMS", "ORDER_DOCUMENTARY_INSPECTION", "CHANNEL_YELLOW", "DOCUMENTARY_INSPECTION", "VNACCS", "AGENCY_SYSTEM", null, T0.plusSeconds(60));
    }

    public static ConsignmentHoldLifted consignmentHoldLifted() {
        return new ConsignmentHoldLifted("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", List.of("KT2-7XK4P9"), "DOCUMENTS", "Phytosanitary certificate missing", "trader-lan", T0.plusSeconds(1500));
    }

    public static FeeAssessed feeAssessed() {
        return new FeeAssessed("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", 500000L, 500000L, "LS-09-2025", "KT2-7XK4P9: FRESH_PRODUCE, TRUCK OVER_10T 500000 VND", T0.plusSeconds(5));
    }

    public static FeeRefunded feeRefunded() {
        return new FeeRefunded("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", 500000L, "PAY-5F2A9C31D0E4", "RFD-3A7C0E19B2F4",
                "Phi ha tang tinh lai 500000 VND theo phien ban 2: hoan 500000 VND", T0.plusSeconds(4000));
    }

    public static FeePaid feePaid() {
        return new FeePaid("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", 500000L, "PAY-5F2A9C31D0E4", "C26TLC-00012345", "trader-lan", T0.plusSeconds(3000));
    }

    /** One sample of every clearance event type added after the first six. */
    public static List<GateEvent> samples() {
        return List.of(consignmentReadyForGate(), consignmentHeld(), consignmentRejected(), inspectionOutcomeRecorded(), declarationAmended(),
                documentAttached(), clearanceStepDecided(), consignmentHoldLifted(), feeAssessed(), feePaid(), feeRefunded());
    }
}
