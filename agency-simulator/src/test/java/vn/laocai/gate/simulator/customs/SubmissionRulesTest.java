package vn.laocai.gate.simulator.customs;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.simulator.agency.Rejection;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SubmissionRulesTest {

    @Test
    void a_complete_declaration_passes() {
        assertThat(SubmissionRules.check(Submissions.durianExport(null))).isEmpty();
    }

    @Test
    void the_declaration_number_has_12_digits() {
        DeclarationSubmission s = Submissions.durianExport(null);
        DeclarationSubmission shortNumber = new DeclarationSubmission(s.submissionId(), s.declarationId(), 1, "30512345",
                s.declarant(), s.consignee(), s.direction(), s.destinationCountry(), s.transport(), s.goodsItems(), null);

        assertThat(SubmissionRules.check(shortNumber)).extracting(Rejection.Error::field)
                .containsExactly("customsDeclarationNumber");
    }

    @Test
    void at_most_50_goods_items() {
        List<DeclarationSubmission.GoodsItem> items = Collections.nCopies(51, Submissions.durian(1));

        assertThat(SubmissionRules.check(Submissions.durianExport(items, null))).extracting(Rejection.Error::field)
                .containsExactly("goodsItems");
        assertThat(SubmissionRules.check(Submissions.durianExport(items.subList(0, 50), null))).isEmpty();
    }

    @Test
    void hs_codes_have_at_least_6_digits() {
        DeclarationSubmission.GoodsItem vague = new DeclarationSubmission.GoodsItem(2, "0810", "Fruit", java.math.BigDecimal.ONE,
                "KGM", null, null, null, null, "VN");

        assertThat(SubmissionRules.check(Submissions.durianExport(List.of(Submissions.durian(1), vague), null)))
                .extracting(Rejection.Error::field)
                .containsExactly("goodsItems[1].hsCode");
    }

    @Test
    void every_error_is_reported_at_once() {
        DeclarationSubmission empty = new DeclarationSubmission(null, null, 0, null, null, null, null, null, null, null,
                "ftp://example.org");

        assertThat(SubmissionRules.check(empty)).extracting(Rejection.Error::field).containsExactlyInAnyOrder(
                "submissionId", "declarationId", "version", "customsDeclarationNumber", "declarant", "consignee",
                "direction", "destinationCountry", "goodsItems", "callbackUrl");
    }

    @Test
    void a_callback_url_is_refused_whatever_it_names() {
        for (String url : new String[] {"http://localhost:8083/api/agency-answers/customs", "https://attacker.example/x", ""}) {
            assertThat(SubmissionRules.check(Submissions.durianExport(url)))
                    .extracting(Rejection.Error::field, Rejection.Error::message)
                    .containsExactly(tuple("callbackUrl", "callback targets are configured, not requested"));
        }
    }
}
