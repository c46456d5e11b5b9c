package vn.laocai.gate.clearance.rest;

/** Examples of the API documentation, kept out of the resources so that they read as their endpoints. */
final class Examples {

    /** A durian export to China on one truck. */
    static final String DECLARATION = """
            {"declarant": {"taxCode": "5300123456", "name": "Cong ty TNHH Nong san Lao Cai"},
             "consignee": "Hekou Fruit Trading Co., Ltd.", "customsDeclarationNumber": "305123456789",
             "direction": "EXPORT", "destinationCountry": "CN", "bookingCodes": ["KT2-7XK4P9"], "shareCodes": ["7KQ2-M9XD"],
             "goodsLines": [{"hsCode": "0810.60.00", "description": "Fresh durian, Ri6 variety, boxed",
               "quantity": 18000, "unit": "KGM", "netWeightKg": 18000, "grossWeightKg": 19500,
               "value": 54000, "currency": "USD", "originCountry": "VN"}]}""";

    /** A booking named without a valid share code of its current consent (or unknown: the same answer). */
    static final String CONSENT_REQUIRED = """
            {"type": "https://gate.laocai.vn/problems/booking-consent-required", "title": "Refused by a business rule", "status": 422,
             "detail": "bookingCodes[0]: the driver's consent is needed to link a consignment to KT2-7XK4P9; ask the driver for the booking's share code",
             "instance": "/api/declarations",
             "violations": [{"field": "bookingCodes[0]", "message": "bookingCodes[0]: the driver's consent is needed to link a consignment to KT2-7XK4P9; ask the driver for the booking's share code"}]}""";

    /** A plant quarantine officer passes the goods. */
    static final String DECISION = "{\"decision\": \"PASS\", \"reason\": \"Fruit free of pests\"}";

    /** A plant quarantine officer holds the consignment. */
    static final String OUTCOME_TREATMENT = "{\"outcome\": \"TREATMENT\", \"reason\": \"Live mealybugs on the husks; fumigate and inspect again\"}";
    static final String OUTCOME_SPLIT = "{\"outcome\": \"SPLIT_LOT\", \"reason\": \"Fruit borer in 2.5 t of the lot\", "
            + "\"disposal\": \"RETURN_TO_EXPORTER\", \"lines\": [{\"lineNumber\": 1, \"quantity\": 2500}]}";
    static final String OUTCOME_RETURN = "{\"outcome\": \"RETURN_TO_EXPORTER\", \"reason\": \"Fruit borer throughout the lot\"}";
    static final String OUTCOME_CARRIED_OUT = "{\"reference\": \"KDTV-XL-2026-00417\"}";
    static final String HOLD = "{\"step\": \"PLANT_QUARANTINE\", \"reason\": \"Sample sent to the laboratory\"}";

    /** The statistics as CSV (English headers; a UTF-8 byte order mark comes first). */
    static final String STATISTICS_CSV = """
            Step,State,Consignments,Mean time in step (s),Longest time in step (s)
            CUSTOMS,CHANNEL_YELLOW,4,1260,5400
            PLANT_QUARANTINE,PENDING,12,900,3600
            """;

    /** A customs officer's worklist as CSV. */
    static final String WORKLIST_CSV = """
            Customs declaration,Declarant,Consignee,Bookings,Goods,Step,State,Since,Open holds
            305123456789,Cong ty TNHH Nong san Lao Cai,"Hekou Fruit Trading Co., Ltd.",KT2-7XK4P9,0810.60.00 Fresh durian,CUSTOMS,CHANNEL_YELLOW,2026-06-15T08:00:00Z,
            """;

    /** A declaration's id in paths. */
    static final String DECLARATION_ID = "6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f";

    /** A stored decision whose signature verifies. */
    static final String VERIFICATION = """
            {"number": 1, "valid": true, "signer": "CN=quarantine-1,O=Kim Thanh border gate,C=VN",
             "issuer": "CN=Kim Thanh officers' development CA,O=Kim Thanh border gate,C=VN"}""";

    private Examples() {
    }
}
