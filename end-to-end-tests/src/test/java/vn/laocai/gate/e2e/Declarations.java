package vn.laocai.gate.e2e;

/** Declarations the tests send, as a trader's software would. */
final class Declarations {

    /** One consignment of one goods line carried on one booking, with the driver's share code. */
    private static final String ONE_LINE = """
            {"declarant": {"taxCode": "%s", "name": "%s"},
             "consignee": "%s", "customsDeclarationNumber": "%s",
             "direction": "%s", "destinationCountry": "%s", "bookingCodes": ["%s"], "shareCodes": ["%s"],
             "goodsLines": [{"hsCode": "%s", "description": "%s",
               "quantity": %d, "unit": "%s", "netWeightKg": %d, "grossWeightKg": %d,
               "value": %d, "currency": "USD", "originCountry": "%s"}]}
            """;

    private Declarations() {
    }

    /** A general-goods export (porcelain tableware to Hekou) carried on one booking, with the driver's share code. */
    static String porcelainExport(String customsDeclarationNumber, String bookingCode, String shareCode) {
        return ONE_LINE.formatted("5300123456", "Cong ty TNHH Gom su Bat Trang", "Hekou Guomao Co.", customsDeclarationNumber,
                "EXPORT", "CN", bookingCode, shareCode, "6911.10.00", "Porcelain tableware, boxed sets",
                1200, "SET", 11000, 12500, 36000, "VN");
    }

    /** General goods imported from China (mobile phones for a Lao Cai shop) on one booking: invoice and packing list, no quarantine. */
    static String phoneImport(String customsDeclarationNumber, String bookingCode, String shareCode) {
        String importer = "Cong ty TNHH Thiet bi Vien thong Lao Cai";
        return ONE_LINE.formatted("5300987654", importer, importer, customsDeclarationNumber,
                "IMPORT", "VN", bookingCode, shareCode, "8517.13.00", "Mobile phones, boxed",
                2000, "PCE", 800, 1100, 90000, "CN");
    }
}
