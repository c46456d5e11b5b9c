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
}
