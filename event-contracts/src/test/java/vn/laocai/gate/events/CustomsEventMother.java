package vn.laocai.gate.events;

import java.time.Instant;
import java.util.List;

import static vn.laocai.gate.events.EventMother.BOOKING_CODE;

/** Sample customs events of the durian export in {@link EventMother}. */
public final class CustomsEventMother {

    static final Instant T0 = Instant.parse("2026-06-15T01:30:00Z");

    private CustomsEventMother() {
    }

    public static CustomsInspectionOrdered customsInspectionOrdered() {
        return new CustomsInspectionOrdered("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", 1, "305123456789", "DOCUMENTARY", "VNACCS-000123", T0.plusSeconds(30));
    }

    public static CustomsInspectionCompleted customsInspectionCompleted() {
        return new CustomsInspectionCompleted("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", 1, "305123456789", "PASSED", "Documents consistent with the goods", T0.plusSeconds(2400));
    }

    public static QuarantineResultReceived quarantineResultReceived() {
        return new QuarantineResultReceived("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", 1, "PLANT_ANIMAL", "PASS", "KDTV-LC-2026-004512", null, T0.plusSeconds(2000));
    }

    public static CertificateVerified certificateVerified() {
        return new CertificateVerified("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", 1, "PHYTOSANITARY_CERTIFICATE", "VN-PHYTO-2026-118822", true, null, T0.plusSeconds(40));
    }

    public static DeclarationRejected declarationRejected() {
        return new DeclarationRejected("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", 1, "VNACCS", "HS code 0810.60 not allowed with origin KH", T0.plusSeconds(20));
    }

    public static HandoffDelayed handoffDelayed() {
        return new HandoffDelayed("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", 1, "VNACCS", "VNACCS unavailable (HTTP 503)", T0.plusSeconds(5));
    }

    public static HandoffOverdue handoffOverdue() {
        return new HandoffOverdue("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", 1, "VNACCS", "VNACCS-000123", "LOST", "RESUBMITTED",
                "VNACCS answered 404: no declaration lodged as VNACCS-000123", T0.plusSeconds(600));
    }

    public static HandoffAccepted handoffAccepted() {
        return new HandoffAccepted("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", 1, "VNACCS", "VNACCS-000123", T0.plusSeconds(10));
    }

    public static BorderCheckCompleted borderCheckCompleted() {
        return new BorderCheckCompleted(BOOKING_CODE, "24C12345", "CLEARED", null, T0.plusSeconds(1000));
    }

    /** One sample of every customs event type added after the first six. */
    public static List<GateEvent> samples() {
        return List.of(customsInspectionOrdered(), customsInspectionCompleted(), quarantineResultReceived(), certificateVerified(), declarationRejected(), handoffDelayed(), handoffOverdue(), handoffAccepted(), borderCheckCompleted());
    }
}
