package vn.laocai.gate.clearance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.clearance.domain.ClearancePolicy;
import vn.laocai.gate.clearance.domain.ClearanceStep;
import vn.laocai.gate.clearance.domain.DocumentType;
import vn.laocai.gate.clearance.domain.RequirementRule;
import vn.laocai.gate.clearance.domain.TrilingualText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the requirements enquiry answers: the documents, steps and fee a consignment needs, each with its rules and their sources. */
final class RequirementViews {

    static final String EXAMPLE = """
            {"rulesVersion": "2026.2", "direction": "EXPORT", "country": "CN", "procedure": "STANDARD", "hsCodes": ["08106000"],
             "documents": [{"type": "INVOICE", "codeOnly": false, "checkedBy": null, "rules": ["every-consignment"]},
              {"type": "PHYTOSANITARY_CERTIFICATE", "codeOnly": false, "checkedBy": "PLANT_QUARANTINE", "rules": ["plants-export-china"]},
              {"type": "PLANTING_AREA_CODE", "codeOnly": true, "checkedBy": null, "rules": ["fruit-vegetables-export-china"]}],
             "steps": [{"step": "CUSTOMS", "agencyRole": "customs-officer", "rules": ["every-consignment"]},
              {"step": "PLANT_QUARANTINE", "agencyRole": "quarantine-officer", "rules": ["plants-export-china"]}],
             "rules": [{"id": "plants-export-china",
               "why": {"vi": "Thực vật và sản phẩm thực vật xuất sang Trung Quốc phải kiểm dịch thực vật và có giấy chứng nhận kiểm dịch thực vật",
                       "en": "Plants and plant products for China are subject to plant quarantine and need a phytosanitary certificate",
                       "zh": "出口中国的植物及植物产品须经植物检疫并附植物检疫证书"},
               "sources": ["Law on Plant Protection and Quarantine 41/2013/QH13", "Decree 116/2014/ND-CP detailing the Law on Plant Protection and Quarantine"],
               "documents": ["PHYTOSANITARY_CERTIFICATE"], "steps": ["PLANT_QUARANTINE"]}],
             "fee": {"tariffVersion": "LS-09-2025", "goodsClass": "FRESH_PRODUCE", "multiplierPercent": {},
               "rates": [{"vehicleType": "*", "weightClass": "UNDER_2T", "baseVnd": 100000, "amountVnd": 100000}],
               "assessed": {"vehicleType": "TRUCK", "weightClass": "OVER_10T", "baseVnd": 500000, "surcharges": [], "amountVnd": 500000},
               "sources": ["Law on Fees and Charges 97/2015/QH13"]}}""";

    private RequirementViews() {
    }

    @Schema(name = "Requirements", description = "What a consignment needs before it is declared, from the rules a declaration is decided against")
    record RequirementsView(String rulesVersion, String direction, String country, String procedure,
                            @Schema(description = "The HS codes asked about, digits only") List<String> hsCodes,
                            List<DocumentNeed> documents, List<StepNeed> steps,
                            @Schema(description = "The rules that match, each with its reason and legal sources") List<RuleView> rules,
                            FeeView fee) {

        static RequirementsView of(ClearancePolicy.Enquiry enquiry, List<String> hsCodes, ClearancePolicy.Answer answer) {
            List<DocumentNeed> documents = answer.documents().entrySet().stream()
                    .map(e -> new DocumentNeed(e.getKey().name(), e.getKey().codeOnly(),
                            e.getKey().checkedBy() == null ? null : e.getKey().checkedBy().name(), e.getValue()))
                    .toList();
            List<StepNeed> steps = answer.steps().entrySet().stream()
                    .map(e -> new StepNeed(e.getKey().name(), Callers.AGENCY_OF.get(e.getKey()), e.getValue())).toList();
            return new RequirementsView(answer.rulesVersion(), enquiry.direction().name(), enquiry.country(), enquiry.procedure().name(),
                    hsCodes, documents, steps, answer.rules().stream().map(RuleView::of).toList(), FeeView.of(answer.fee()));
        }
    }

    @Schema(name = "RequiredDocument")
    record DocumentNeed(String type, @Schema(description = "Attached as a code, without a file") boolean codeOnly,
                        @Schema(description = "The step whose agency checks its signature, when one does", nullable = true) String checkedBy,
                        @Schema(description = "The ids of the rules that require it") List<String> rules) {
    }

    @Schema(name = "RequiredStep")
    record StepNeed(String step, @Schema(description = "The role of the agency's officers") String agencyRole,
                    @Schema(description = "The ids of the rules that require it") List<String> rules) {
    }

    @Schema(name = "RequirementRule")
    record RuleView(String id, @Schema(description = "Why, in Vietnamese, English and Chinese") TrilingualText why,
                    @Schema(description = "The legal instruments the rule comes from") List<String> sources,
                    List<String> documents, List<String> steps) {

        static RuleView of(RequirementRule rule) {
            return new RuleView(rule.id(), rule.why(), rule.sources(),
                    rule.documents().stream().map(DocumentType::name).sorted().toList(),
                    rule.steps().stream().map(ClearanceStep::name).sorted().toList());
        }
    }

    @Schema(name = "RequiredFee", description = "The infrastructure-use fee per trip")
    record FeeView(String tariffVersion, String goodsClass,
                   @Schema(description = "The multipliers applied, in percent") Map<String, Integer> multiplierPercent,
                   @Schema(description = "Every base rate of the goods class and what it comes to with the multipliers") List<ClearancePolicy.RateDue> rates,
                   @Schema(description = "The fee of a trip of the vehicle asked about; null when none was") TripFeeView assessed,
                   List<String> sources) {

        static FeeView of(ClearancePolicy.Fee fee) {
            Map<String, Integer> multipliers = new LinkedHashMap<>();
            fee.multiplierPercent().forEach((k, v) -> multipliers.put(k.name(), v));
            return new FeeView(fee.tariffVersion(), fee.goodsClass(), multipliers, fee.rates(),
                    fee.assessed().map(t -> new TripFeeView(t.trip().vehicleType(), t.trip().weightClass(), t.baseVnd(),
                            t.surcharges().stream().map(Enum::name).toList(), t.amountVnd())).orElse(null), fee.sources());
        }
    }

    @Schema(name = "TripFee")
    record TripFeeView(String vehicleType, String weightClass, long baseVnd, List<String> surcharges, long amountVnd) {
    }
}
