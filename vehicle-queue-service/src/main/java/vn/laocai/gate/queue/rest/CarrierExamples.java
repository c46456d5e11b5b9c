package vn.laocai.gate.queue.rest;

/** Examples of the carrier API's OpenAPI document. */
final class CarrierExamples {

    static final String CARRIER = "5300100237";

    static final String VEHICLE = """
            {"plate": "24C-123.45", "vehicleType": "REEFER_TRUCK", "weightClass": "OVER_10T"}""";

    static final String DRIVER = """
            {"account": "driver-an", "details": {"name": "Nguyễn Văn An", "nationality": "VN", "documentNumber": "C1234567",
             "phone": "+84 912 345 678"}}""";

    static final String BOOKING = """
            {"plate": "24C-123.45", "trailerPlate": "24R-012.34", "driverAccount": "driver-an", "direction": "EXPORT",
             "cargoCategory": "PERISHABLE", "plannedArrival": "2026-12-01T02:30:00Z"}""";

    static final String AMENDMENT = """
            {"plannedArrival": "2026-12-01T05:30:00Z", "reason": "Loading at the orchard runs three hours late"}""";

    static final String NOT_IN_FLEET = """
            {"type": "https://gate.laocai.vn/problems/not-in-fleet", "title": "Refused by a business rule", "status": 422,
             "detail": "driverAccount: driver driver-binh does not drive for carrier 5300100237",
             "violations": [{"field": "driverAccount", "message": "driver driver-binh does not drive for carrier 5300100237"}]}""";

    private CarrierExamples() {
    }
}
