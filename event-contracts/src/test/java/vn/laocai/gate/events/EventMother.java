package vn.laocai.gate.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Realistic sample events: a durian export from Lao Cai to Hekou. */
public final class EventMother {

    public static final String BOOKING_CODE = "KT2-7XK4P9";
    public static final String DECLARATION_ID = "6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f";
    public static final String DECLARATION_NUMBER = "305123456789";
    private static final Instant T0 = Instant.parse("2026-06-15T01:30:00Z");

    private EventMother() {
    }

    public static CrossingBooked crossingBooked() {
        return new CrossingBooked(BOOKING_CODE, "24C12345", "24R01234", "EXPORT", "PERISHABLE", "Nguyễn Văn An",
                T0, T0.plusSeconds(3600), T0.minusSeconds(86_400), "REEFER_TRUCK", "OVER_10T", "VN", null, "driver-an",
                "24C-123.45", "+84912345678");
    }

    public static VehicleReleased vehicleReleased() {
        return new VehicleReleased(BOOKING_CODE, "24C12345", DECLARATION_ID, T0.plusSeconds(7200));
    }

    public static GoodsLine durian() {
        return new GoodsLine(1, "08106000", "Fresh durian, Ri6 variety, boxed", new BigDecimal("18000"), "KGM",
                new BigDecimal("18000"), new BigDecimal("19500"), new BigDecimal("54000"), "USD", "VN");
    }

    public static DeclarationSubmitted declarationSubmitted() {
        return new DeclarationSubmitted(DECLARATION_ID, 1, "5300123456", "Cong ty TNHH Nong san Lao Cai",
                "Hekou Fruit Trading Co., Ltd.", DECLARATION_NUMBER, "EXPORT", "CN", List.of(BOOKING_CODE),
                List.of(durian()), T0.minusSeconds(3600), List.of(
                        new DocumentReference("PHYTOSANITARY_CERTIFICATE", "VN-PHYTO-2026-118822", null),
                        new DocumentReference("CERTIFICATE_OF_ORIGIN", "E2026-VN-0045123",
                                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")), true,
                List.of("0b6c1d2e-4f5a-4b7c-8d9e-0f1a2b3c4d5e"), "trader-lan");
    }

    public static CustomsChannelAssigned customsChannelAssigned() {
        return new CustomsChannelAssigned(DECLARATION_ID, 1, DECLARATION_NUMBER, "GREEN", "VNACCS-000123", T0);
    }

    public static CustomsReleased customsReleased() {
        return new CustomsReleased(DECLARATION_ID, 1, DECLARATION_NUMBER, "VNACCS-000123", T0.plusSeconds(60));
    }

    public static ConsignmentCleared consignmentCleared() {
        return new ConsignmentCleared(DECLARATION_ID, DECLARATION_NUMBER, List.of(BOOKING_CODE), T0.plusSeconds(90));
    }

    /** One sample of every event type. */
    public static List<GateEvent> everyType() {
        List<GateEvent> all = new ArrayList<>(List.of(crossingBooked(), vehicleReleased(), declarationSubmitted(),
                customsChannelAssigned(), customsReleased(), consignmentCleared()));
        all.addAll(QueueEventMother.samples());
        all.addAll(ClearanceEventMother.samples());
        all.addAll(CustomsEventMother.samples());
        return all;
    }
}
