package vn.laocai.gate.simulator.customs;

import vn.laocai.gate.simulator.agency.Rejection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks VNACCS makes before it accepts a declaration: all errors at once, each naming its field. */
public final class SubmissionRules {

    /** A declaration holds at most 50 goods items in VNACCS. */
    public static final int MAX_GOODS_ITEMS = 50;

    /**
     * Why a submission naming {@code callbackUrl} is refused: answers go only where the simulator is
     * configured to push them, with that system's token, never to a URL a caller asks for.
     */
    public static final String CALLBACK_URL_REFUSED = "callback targets are configured, not requested";

    private static final Pattern DECLARATION_NUMBER = Pattern.compile("\\d{12}");
    private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");
    private static final Pattern HS_CODE = Pattern.compile("\\d{6,10}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Set<String> DIRECTIONS = Set.of("EXPORT", "IMPORT");

    private SubmissionRules() {
    }

    public static List<Rejection.Error> check(DeclarationSubmission s) {
        List<Rejection.Error> errors = new ArrayList<>();
        if (s == null) {
            errors.add(new Rejection.Error("", "a declaration is required"));
            return errors;
        }
        requireText(errors, "submissionId", s.submissionId());
        requireText(errors, "declarationId", s.declarationId());
        if (s.version() < 1) {
            errors.add(new Rejection.Error("version", "must be 1 or more"));
        }
        if (s.customsDeclarationNumber() == null || !DECLARATION_NUMBER.matcher(s.customsDeclarationNumber()).matches()) {
            errors.add(new Rejection.Error("customsDeclarationNumber", "must be 12 digits"));
        }
        if (s.declarant() == null) {
            errors.add(new Rejection.Error("declarant", "is required"));
        } else {
            if (s.declarant().taxCode() == null || !TAX_CODE.matcher(s.declarant().taxCode()).matches()) {
                errors.add(new Rejection.Error("declarant.taxCode", "must be a 10-digit tax code, or 13 for a branch (10-3)"));
            }
            requireText(errors, "declarant.name", s.declarant().name());
        }
        requireText(errors, "consignee", s.consignee());
        if (s.direction() == null || !DIRECTIONS.contains(s.direction())) {
            errors.add(new Rejection.Error("direction", "must be EXPORT or IMPORT"));
        }
        if (s.destinationCountry() == null || !COUNTRY.matcher(s.destinationCountry()).matches()) {
            errors.add(new Rejection.Error("destinationCountry", "must be an ISO 3166 alpha-2 code"));
        }
        checkGoodsItems(errors, s.goodsItems());
        if (s.callbackUrl() != null) {
            errors.add(new Rejection.Error("callbackUrl", CALLBACK_URL_REFUSED));
        }
        return errors;
    }

    private static void checkGoodsItems(List<Rejection.Error> errors, List<DeclarationSubmission.GoodsItem> items) {
        if (items == null || items.isEmpty()) {
            errors.add(new Rejection.Error("goodsItems", "at least one goods item is required"));
            return;
        }
        if (items.size() > MAX_GOODS_ITEMS) {
            errors.add(new Rejection.Error("goodsItems", "at most " + MAX_GOODS_ITEMS + " goods items, got " + items.size()));
        }
        for (int i = 0; i < items.size(); i++) {
            DeclarationSubmission.GoodsItem item = items.get(i);
            String at = "goodsItems[" + i + "]";
            if (item == null) {
                errors.add(new Rejection.Error(at, "is empty"));
                continue;
            }
            if (item.hsCode() == null || !HS_CODE.matcher(item.hsCode()).matches()) {
                errors.add(new Rejection.Error(at + ".hsCode", "must have at least 6 digits (digits only, up to 10)"));
            }
            if (item.description() == null || item.description().strip().length() < 3) {
                errors.add(new Rejection.Error(at + ".description", "must describe the goods"));
            }
            if (item.quantity() == null || item.quantity().signum() <= 0) {
                errors.add(new Rejection.Error(at + ".quantity", "must be more than 0"));
            }
        }
    }

    private static void requireText(List<Rejection.Error> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new Rejection.Error(field, "is required"));
        }
    }

}
