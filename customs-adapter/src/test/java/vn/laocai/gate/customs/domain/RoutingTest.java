package vn.laocai.gate.customs.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.DocumentReference;
import vn.laocai.gate.events.EventMother;
import vn.laocai.gate.events.GoodsLine;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingTest {

    static DeclarationSubmitted withDocuments(DeclarationSubmitted d, int version, List<DocumentReference> documents) {
        return new DeclarationSubmitted(d.declarationId(), version, d.declarantTaxCode(), d.declarantName(),
                d.consignee(), d.customsDeclarationNumber(), d.direction(), d.destinationCountry(), d.bookingCodes(),
                d.goodsLines(), d.submittedAt(), documents, d.perishable());
    }

    static DeclarationSubmitted withGoods(DeclarationSubmitted d, List<GoodsLine> goods) {
        return new DeclarationSubmitted(d.declarationId(), d.version() + 1, d.declarantTaxCode(), d.declarantName(),
                d.consignee(), d.customsDeclarationNumber(), d.direction(), d.destinationCountry(), d.bookingCodes(),
                goods, d.submittedAt(), d.documents(), d.perishable());
    }

    static GoodsLine line(String hsCode, String quantity) {
        GoodsLine l = EventMother.declarationSubmitted().goodsLines().get(0);
        return new GoodsLine(l.lineNumber(), hsCode, l.description(), new BigDecimal(quantity), l.unit(), l.netWeightKg(),
                l.grossWeightKg(), l.value(), l.currency(), l.originCountry());
    }

    @Test
    void a_document_only_amendment_keeps_the_customs_content() {
        DeclarationSubmitted v1 = withDocuments(EventMother.declarationSubmitted(), 1, List.of());
        DeclarationSubmitted v2 = withDocuments(v1, 2, EventMother.declarationSubmitted().documents());

        assertThat(Routing.customsContentHash(v2)).isEqualTo(Routing.customsContentHash(v1));
    }

    @Test
    void a_changed_goods_line_changes_the_customs_content_but_not_a_trailing_zero() {
        DeclarationSubmitted v1 = EventMother.declarationSubmitted();

        assertThat(Routing.customsContentHash(withGoods(v1, List.of(line("0810.60.00", "18500")))))
                .isNotEqualTo(Routing.customsContentHash(v1));
        assertThat(Routing.customsContentHash(withGoods(v1, List.of(line("0810.60.00", "18000.00")))))
                .isEqualTo(Routing.customsContentHash(withGoods(v1, List.of(line("0810.60.00", "18000")))));
    }

    @Test
    void numbered_certificates_are_verified_once_each() {
        DeclarationSubmitted d = withDocuments(EventMother.declarationSubmitted(), 1, List.of(
                new DocumentReference("PHYTOSANITARY_CERTIFICATE", "VN-PHYTO-1", null),
                new DocumentReference("PHYTOSANITARY_CERTIFICATE", " VN-PHYTO-1 ", null),
                new DocumentReference("CERTIFICATE_OF_ORIGIN", "", null),
                new DocumentReference("COMMERCIAL_INVOICE", "INV-9", null)));

        assertThat(Routing.certificates(d)).extracting(DocumentReference::type).containsExactly("PHYTOSANITARY_CERTIFICATE");
    }

    @Test
    void a_corrected_file_under_the_same_number_is_verified_again_and_the_same_file_once() {
        String first = "a".repeat(64);
        String corrected = "b".repeat(64);
        DeclarationSubmitted d = withDocuments(EventMother.declarationSubmitted(), 3, List.of(
                new DocumentReference("PHYTOSANITARY_CERTIFICATE", "VN-PHYTO-1", first),
                new DocumentReference("PHYTOSANITARY_CERTIFICATE", "VN-PHYTO-1", corrected),
                new DocumentReference("PHYTOSANITARY_CERTIFICATE", "VN-PHYTO-1", corrected),
                new DocumentReference("INVOICE", "INV-9", corrected)));

        assertThat(Routing.certificates(d)).extracting(Routing::certificateKey).containsExactly(
                "PHYTOSANITARY_CERTIFICATE:VN-PHYTO-1@aaaaaaaaaaaaaaaa", "PHYTOSANITARY_CERTIFICATE:VN-PHYTO-1@bbbbbbbbbbbbbbbb");
    }

    @Test
    void chapters_01_to_14_go_to_plant_and_animal_quarantine() {
        assertThat(Routing.isPlantOrAnimal("0810.60.00")).isTrue();
        assertThat(Routing.isPlantOrAnimal("01022900")).isTrue();
        assertThat(Routing.isPlantOrAnimal("1404.90")).isTrue();
        assertThat(Routing.isPlantOrAnimal("1501.10")).isFalse();
        assertThat(Routing.isPlantOrAnimal("8517.13.00")).isFalse();
        assertThat(Routing.needsPlantAnimalQuarantine(EventMother.declarationSubmitted())).isTrue();
    }
}
