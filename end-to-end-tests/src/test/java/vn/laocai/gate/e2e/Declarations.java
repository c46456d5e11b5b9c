package vn.laocai.gate.e2e;

/** Declarations the tests send, as a trader's software would. */
final class Declarations {

    private Declarations() {
    }

    /** A general-goods export (porcelain tableware to Hekou) carried on one booking, with the driver's share code. */
    static String porcelainExport(String customsDeclarationNumber, String bookingCode, String shareCode) {
        return """
                {"declarant": {"taxCode": "5300123456", "name": "Cong ty TNHH Gom su Bat Trang"},
                 "consignee": "Hekou Guomao Co.", "customsDeclarationNumber": "%s",
                 "direction": "EXPORT", "destinationCountry": "CN", "bookingCodes": ["%s"], "shareCodes": ["%s"],
                 "goodsLines": [{"hsCode": "6911.10.00", "description": "Porcelain tableware, boxed sets",
                   "quantity": 1200, "unit": "SET", "netWeightKg": 11000, "grossWeightKg": 12500,
                   "value": 36000, "currency": "USD", "originCountry": "VN"}]}
                """.formatted(customsDeclarationNumber, bookingCode, shareCode);
    }
}
