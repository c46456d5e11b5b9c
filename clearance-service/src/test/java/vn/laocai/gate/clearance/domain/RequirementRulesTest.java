package vn.laocai.gate.clearance.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laocai.gate.clearance.domain.ClearanceStep.BORDER_GUARD;
import static vn.laocai.gate.clearance.domain.ClearanceStep.CUSTOMS;
import static vn.laocai.gate.clearance.domain.ClearanceStep.FEE_PAYMENT;
import static vn.laocai.gate.clearance.domain.ClearanceStep.HEALTH_QUARANTINE;
import static vn.laocai.gate.clearance.domain.ClearanceStep.PLANT_QUARANTINE;
import static vn.laocai.gate.clearance.domain.DocumentType.*;

/** The requirement rules as shipped (the data file), applied to typical consignments at Kim Thanh. */
class RequirementRulesTest {

    static final RequirementRules RULES = CaseMother.POLICY.requirements();

    static RequirementRules.Requirements of(String direction, String... chapterAndCountry) {
        List<RequirementRules.Goods> goods = new java.util.ArrayList<>();
        for (int i = 0; i < chapterAndCountry.length; i += 2) {
            goods.add(new RequirementRules.Goods(chapterAndCountry[i], chapterAndCountry[i + 1]));
        }
        return RULES.requiredFor(Direction.valueOf(direction), goods);
    }

    @Test
    void fresh_fruit_for_china_needs_phyto_codes_form_e_and_plant_quarantine() {
        RequirementRules.Requirements r = of("EXPORT", "08", "CN");
        assertThat(r.documents()).containsExactlyInAnyOrder(INVOICE, PACKING_LIST, PHYTOSANITARY_CERTIFICATE,
                PLANTING_AREA_CODE, PACKING_HOUSE_CODE, CERTIFICATE_OF_ORIGIN);
        assertThat(r.steps()).containsExactlyInAnyOrder(CUSTOMS, BORDER_GUARD, FEE_PAYMENT, PLANT_QUARANTINE);
    }

    @Test
    void fresh_fruit_for_another_country_needs_no_china_specific_documents() {
        RequirementRules.Requirements r = of("EXPORT", "08", "LA");
        assertThat(r.documents()).containsExactlyInAnyOrder(INVOICE, PACKING_LIST);
        assertThat(r.steps()).doesNotContain(PLANT_QUARANTINE);
    }

    @Test
    void manufactured_goods_need_the_common_documents_and_steps_only() {
        RequirementRules.Requirements r = of("EXPORT", "25", "CN");
        assertThat(r.documents()).containsExactlyInAnyOrder(INVOICE, PACKING_LIST);
        assertThat(r.steps()).containsExactlyInAnyOrder(CUSTOMS, BORDER_GUARD, FEE_PAYMENT);
    }

    @Test
    void imported_fruit_needs_a_phytosanitary_certificate_whatever_its_origin() {
        RequirementRules.Requirements r = of("IMPORT", "08", "TH");
        assertThat(r.documents()).contains(PHYTOSANITARY_CERTIFICATE).doesNotContain(PLANTING_AREA_CODE);
        assertThat(r.steps()).contains(PLANT_QUARANTINE).doesNotContain(HEALTH_QUARANTINE);
    }

    @Test
    void imported_meat_needs_animal_and_health_quarantine() {
        RequirementRules.Requirements r = of("IMPORT", "02", "AU");
        assertThat(r.documents()).contains(HEALTH_CERTIFICATE);
        assertThat(r.steps()).contains(PLANT_QUARANTINE, HEALTH_QUARANTINE);
    }

    @Test
    void a_mixed_consignment_needs_the_union_of_its_lines() {
        RequirementRules.Requirements r = of("EXPORT", "25", "CN", "07", "CN");
        assertThat(r.documents()).contains(PHYTOSANITARY_CERTIFICATE, PLANTING_AREA_CODE, INVOICE);
        assertThat(r.steps()).contains(PLANT_QUARANTINE);
    }

    @Test
    void every_shipped_rule_says_why_in_three_languages_and_names_its_legal_source() {
        assertThat(RULES.rules()).allSatisfy(rule -> {
            assertThat(rule.why().vi()).isNotBlank();
            assertThat(rule.why().en()).isNotBlank();
            assertThat(rule.why().zh()).isNotBlank();
            assertThat(rule.sources()).isNotEmpty();
        });
        assertThat(RULES.rules()).extracting(RequirementRule::id).doesNotHaveDuplicates();
    }

    @Test
    void a_rule_without_a_source_or_a_reason_in_every_language_or_checking_a_document_it_does_not_require_is_refused() {
        TrilingualText why = new TrilingualText("vì", "because", "因为");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RequirementRule("r", List.of("*"), "*", "*",
                java.util.Set.of(INVOICE), java.util.Set.of(), why, List.of(), List.of())).hasMessageContaining("no legal source");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TrilingualText("vì", "because", " "))
                .hasMessageContaining("vi, en and zh");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RequirementRule("r", List.of("*"), "*", "*",
                java.util.Set.of(INVOICE), java.util.Set.of(), why, List.of("Decree 1"),
                List.of(new RequirementRule.Check(PLANT_QUARANTINE, PHYTOSANITARY_CERTIFICATE, why))))
                .hasMessageContaining("does not require");
    }

    @Test
    void the_policys_enquiry_answers_the_union_a_declaration_is_asked_for_with_the_rules_behind_each() {
        ClearancePolicy.Answer answer = CaseMother.POLICY.requirementsFor(new ClearancePolicy.Enquiry(Direction.EXPORT, "CN",
                CustomsProcedure.STANDARD, false, List.of("08"), java.util.Optional.empty()));
        RequirementRules.Requirements required = of("EXPORT", "08", "CN");
        assertThat(answer.documents().keySet()).containsExactlyInAnyOrderElementsOf(required.documents());
        assertThat(answer.steps().keySet()).containsExactlyInAnyOrderElementsOf(required.steps());
        assertThat(answer.steps().get(PLANT_QUARANTINE)).containsExactly("plants-export-china");
        assertThat(answer.fee().goodsClass()).isEqualTo(Tariff.FRESH_PRODUCE);
        assertThat(answer.fee().assessed()).isEmpty();
    }
}
