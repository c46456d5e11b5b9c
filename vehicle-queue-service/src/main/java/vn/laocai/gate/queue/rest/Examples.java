package vn.laocai.gate.queue.rest;

/** The request examples of the queue's OpenAPI document, out of the resources' way. */
final class Examples {

    /** The yard board as CSV (English headers; a UTF-8 byte order mark comes first). */
    static final String BOARD_CSV = """
            Direction,Section,Position,Booking,Plate,Priority,Clearance,Blocked by,Held,Hold reason,Status,Lane,Driver's document,Checked in,ETA,Called forward,Entered gate,Released
            EXPORT,WAITING,1,KT2-7XK4P9,24C-123.45,PERISHABLE,READY,,false,,,,MATCH,2026-06-15T01:05:00Z,2026-06-15T01:42:00Z,,,
            EXPORT,GATE_AREA,,KT2-3MN8QW,24C-678.90,,CLEARED,,,,IN_GATE,1,,,,2026-06-15T01:20:00Z,2026-06-15T01:31:00Z,
            """;

    private Examples() {
    }

    static final String CODE = "KT2-7XK4P9";
    static final String CLOSURE_ID = "3d6f0a52-8c1e-4f0b-9a57-2b1c9d0e7f11";
    static final String DAY = "2026-12-01";
    static final String DIRECTION = "EXPORT";

    // --- bookings ---

    static final String BOOKING = """
            {"plate": "24C-123.45", "trailerPlate": "24R-012.34", "vehicleType": "REEFER_TRUCK", "weightClass": "OVER_10T",
             "driver": {"name": "Nguyễn Văn An", "nationality": "VN", "documentNumber": "C1234567", "phone": "+84 912 345 678"},
             "direction": "EXPORT", "cargoCategory": "PERISHABLE", "plannedArrival": "2026-12-01T02:30:00Z"}""";
    static final String CHINESE_BOOKING = """
            {"plate": "云G·12345", "trailerPlate": "云G·1234A挂", "vehicleType": "TRACTOR_SEMI_TRAILER", "weightClass": "OVER_10T",
             "driver": {"name": "Li Wei", "nationality": "CN", "documentNumber": "EB1234567", "phone": "+86 138 0000 0000"},
             "direction": "IMPORT", "cargoCategory": "GENERAL", "plannedArrival": "2026-12-01T03:10:00Z"}""";
    static final String SLOT_FULL = """
            {"type": "https://gate.laocai.vn/problems/slot-full", "title": "Conflict with the current state", "status": 409,
             "detail": "the export slot of 09:00 01/12/2026 (Vietnam time, UTC+7) is full (17 vehicles); the next free slot is 11:00 01/12/2026 (Vietnam time, UTC+7)",
             "instance": "/api/bookings", "violations": [{"field": "plannedArrival", "message": "the export slot of 09:00 ... is full (17 vehicles); ..."}],
             "before": [{"slotStart": "2026-12-01T01:00:00Z", "slotEnd": "2026-12-01T02:00:00Z", "free": 3},
                        {"slotStart": "2026-12-01T00:00:00Z", "slotEnd": "2026-12-01T01:00:00Z", "free": 9}],
             "after": [{"slotStart": "2026-12-01T04:00:00Z", "slotEnd": "2026-12-01T05:00:00Z", "free": 2},
                       {"slotStart": "2026-12-01T05:00:00Z", "slotEnd": "2026-12-01T06:00:00Z", "free": 17}]}""";
    static final String AMENDMENT = """
            {"plannedArrival": "2026-12-01T05:30:00Z", "reason": "Loading at the packing house took longer"}""";

    static final String CONSENT_ID = "0b6c1d2e-4f5a-4b7c-8d9e-0f1a2b3c4d5e";
    static final String CONSENT = """
            {"consentId": "0b6c1d2e-4f5a-4b7c-8d9e-0f1a2b3c4d5e", "shareCode": "7KQ2-M9XD", "givenAt": "2026-06-14T05:30:00Z"}""";
    static final String ALREADY_CHECKED_IN = """
            {"type": "https://gate.laocai.vn/problems/already-checked-in", "title": "Conflict", "status": 409,
             "detail": "the vehicle of booking KT2-7XK4P9 is WAITING; a consent can no longer be withdrawn or replaced after check-in"}""";
    static final String VEHICLE_BOUND = """
            {"type": "https://gate.laocai.vn/problems/vehicle-bound", "title": "Conflict", "status": 409,
             "detail": "plate: vehicle 24C-111.11 is bound to another account until its open bookings end; a gate officer can release it",
             "violations": [{"field": "plate", "message": "vehicle 24C-111.11 is bound to another account until its open bookings end; a gate officer can release it"}]}""";

    // --- vehicles ---

    static final String RELEASE = "{\"reason\": \"Registration papers show the vehicle belongs to Cong ty Van tai Lao Cai\"}";
    static final String RELEASED = "{\"plate\": \"24C-111.11\", \"cancelledBookings\": [\"KT2-7XK4P9\"]}";
    static final String VEHICLE_IN_YARD = """
            {"type": "https://gate.laocai.vn/problems/vehicle-in-yard", "title": "Conflict", "status": 409,
             "detail": "plate: vehicle 24C-111.11 has checked in; it cannot be released before it leaves or is removed from the yard"}""";

    // --- the yard ---

    static final String QR_TOKEN = "eyJhbGciOiJFUzI1NiIsImtpZCI6IlZuVDl2VDdYIn0.eyJiIjoiS1QyLTdYSzRQOSIsInAiOiIyNEMxMjM0NSIsInMiOjE3ODE0ODg4MDAsImV4cCI6MTc4MTUzNTYwMH0.W1cjICCbhzxo3_neFPQOLgVJDXs9hvHYwgV8XhoBhoHF9GsrTnUcREB-kO7e36d71Q4-61zT7AZcvtBNN43r1w";
    static final String CHECK_IN_QR = "{\"qrToken\": \"" + QR_TOKEN + "\"}";
    static final String CHECK_IN_PLATE = "{\"plate\": \"24C-123.45\"}";
    static final String CHECK_IN_DOCUMENT = "{\"qrToken\": \"" + QR_TOKEN + "\", "
            + "\"driverDocumentNumber\": \"C1234567\"}";
    static final String OUT_OF_TURN = "{\"reason\": \"Durian reefer losing temperature\"}";
    static final String OUT_OF_TURN_LIST = """
            [{"bookingCode": "KT2-7XK4P9", "plate": "24C-123.45", "direction": "EXPORT", "action": "OUT_OF_TURN_CALL",
              "reason": "Durian reefer losing temperature", "detail": "lane 2", "officer": "officer-1", "at": "2026-06-15T01:12:00Z"}]""";
    static final String CALL_FORWARD = "{\"direction\": \"EXPORT\", \"count\": 5}";
    static final String GATE_IN = "{\"lane\": 2}";
    static final String HOLD = "{\"reason\": \"Reefer unit alarm, driver checking\"}";
    static final String LIFT_HOLD = "{\"reason\": \"Reefer unit repaired\"}";
    static final String REORDER = "{\"position\": 1, \"reason\": \"Durian in a failing reefer\"}";
    static final String REMOVE = "{\"reason\": \"Driver left the yard\"}";

    // --- the calendar ---

    static final String SEASON_DAY = """
            {"hourlyCapacity": [0,0,0,0,0,0,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,0,0]}""";
    static final String FLOOD = """
            {"directions": ["EXPORT", "IMPORT"], "closedFrom": "2026-12-01T00:00:00Z", "closedUntil": "2026-12-01T06:00:00Z",
             "reason": "FLOOD", "remarks": "Red River over the warning level", "bookingAction": "MOVE"}""";
    /** A JWK set of one QR key, and a QR it signed (booking KT2-7XK4P9, plate 24C12345, slot 2026-06-15 09:00 Vietnam time). */
    static final String QR_KEYS = """
            {"keys":[{"kty":"EC","kid":"VnT9vT7X","use":"sig","alg":"ES256","x":"2WQj5o2BQf3hCqfv16ZL352FqnGPWiIg4nMvGpX9Mhk","y":"ubEtDwdxkQhuaRT3sielqp32Ttwebj4xqjhSInGfFII","crv":"P-256"}]}""";
}
