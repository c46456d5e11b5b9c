package vn.laocai.gate.notification.domain;

import vn.laocai.gate.support.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.laocai.gate.notification.domain.NoticeTexts.Money;
import vn.laocai.gate.notification.domain.NoticeTexts.Phrase;
import vn.laocai.gate.notification.domain.NoticeTexts.Term;
import vn.laocai.gate.notification.domain.NoticeTexts.Terms;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every notice in every language renders from the catalogues, names gate time, and fits two SMS segments. */
class TemplatesTest {

    static final NoticeTexts CATALOGUE = NoticeTexts.load("i18n/messages");
    /** 14:00 at the gate (UTC+7). */
    static final Instant AT = Instant.parse("2026-06-15T07:00:00Z");
    /** The longest free text the service carries into a message. */
    static final String OFFICER_TEXT = "Seal number differs from the declaration";

    /** Realistic parameters of each kind, at their longest: a Chinese plate, six missing documents, 4,000,000 VND. */
    static Map<String, Object> parameters(NoticeKind kind) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", "KT2-7XK4P9");
        p.put("plate", "云G·12345挂");
        p.put("number", "305123456789");
        switch (kind) {
            case BOOKING_CONFIRMED, BOOKING_MOVED, BOOKING_MOVED_BY_CLOSURE, SLOT_REMINDER -> p.put("window", AT);
            case CALLED_FORWARD -> p.put("lane", 5);
            case VEHICLE_HELD -> p.put("reason", OFFICER_TEXT);
            case NO_SHOW_WARNING -> p.put("cancelAt", AT);
            case BOOKING_CANCELLED -> p.put("reason", new Term("cancel-reason", "NO_SHOW"));
            case GATE_CLOSED -> {
                p.put("directions", new Terms("direction", List.of("EXPORT", "IMPORT")));
                p.put("from", AT);
                p.put("until", AT.plusSeconds(86_400));
                p.put("reason", new Term("closure-reason", "SUSPENSION_OTHER_SIDE"));
            }
            case CONSIGNMENT_HELD -> p.put("why", new Phrase("consignment-held.documents", Map.of("missing", new Terms("document",
                    List.of("CERTIFICATE_OF_ORIGIN", "INVOICE", "PACKING_HOUSE_CODE", "PACKING_LIST", "PHYTOSANITARY_CERTIFICATE",
                            "PLANTING_AREA_CODE")))));
            case INSPECTION_ORDERED -> p.put("inspection", new Term("inspection", "PHYSICAL"));
            case CONSIGNMENT_REJECTED -> {
                p.put("step", new Term("step", "PLANT_QUARANTINE"));
                p.put("reason", OFFICER_TEXT);
            }
            case DECLARATION_REJECTED -> {
                p.put("system", "VNACCS");
                p.put("reason", OFFICER_TEXT);
            }
            case FEE_DUE -> p.put("amount", new Money(4_000_000));
            case BOOKING_BLOCKED -> {
                p.put("who", new Phrase("block-subject.carrier", Map.of()));
                p.put("until", AT);
                p.put("count", 2);
                p.put("days", 30);
                p.put("cause", new Term("strike-kind", "LATE_CANCELLATION"));
                p.put("codes", "KT2-7XK4P9, KT2-3MN8Q2");
            }
            case BOOKING_BLOCK_LIFTED -> {
                p.put("who", new Phrase("block-subject.carrier", Map.of()));
                p.put("reason", OFFICER_TEXT);
            }
            default -> {
            }
        }
        return p;
    }

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void every_kind_renders_in_every_language_within_two_sms_segments(NoticeKind kind) {
        for (Language language : Language.values()) {
            NoticeTexts.Rendered rendered = CATALOGUE.render(kind, language, parameters(kind));
            assertThat(rendered.title()).as(language + " " + kind).isNotBlank().doesNotContain("{");
            assertThat(rendered.text()).as(language + " " + kind).doesNotContain("{", "}");
            SmsText sms = SmsText.of(rendered.text());
            assertThat(sms.segments()).as(language + " " + kind + ": " + sms.encoding() + " " + sms.units() + " units: " + rendered.text())
                    .isLessThanOrEqualTo(SmsText.MAX_SEGMENTS);
        }
    }

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void vietnamese_without_diacritics_is_gsm7_within_two_segments(NoticeKind kind) {
        Map<String, Object> parameters = parameters(kind);
        parameters.put("plate", "24C-123.45");
        String text = SmsText.withoutDiacritics(CATALOGUE.render(kind, Language.VI, parameters).text());
        SmsText sms = SmsText.of(text);
        assertThat(sms.encoding()).as(text).isEqualTo(SmsText.Encoding.GSM7);
        assertThat(sms.segments()).as(text).isLessThanOrEqualTo(SmsText.MAX_SEGMENTS);
    }

    @Test
    void times_are_gate_time_with_the_zone_named_in_each_language() {
        Map<Language, String> expected = new EnumMap<>(Map.of(
                Language.VI, "14:00 giờ Việt Nam, 15/06",
                Language.EN, "14:00 Vietnam time, 15 Jun",
                Language.ZH, "6月15日 14:00 (越南时间)"));
        expected.forEach((language, time) -> assertThat(
                CATALOGUE.render(NoticeKind.SLOT_REMINDER, language, parameters(NoticeKind.SLOT_REMINDER)).text())
                .as(language.code()).contains(time));
    }

    @Test
    void codes_are_said_in_words_and_amounts_grouped_in_the_language() {
        assertThat(CATALOGUE.render(NoticeKind.CONSIGNMENT_HELD, Language.EN, parameters(NoticeKind.CONSIGNMENT_HELD)).text())
                .contains("missing certificate of origin, invoice, packing-house code");
        assertThat(CATALOGUE.render(NoticeKind.FEE_DUE, Language.VI, parameters(NoticeKind.FEE_DUE)).text()).contains("4.000.000 VND");
        assertThat(CATALOGUE.render(NoticeKind.FEE_DUE, Language.EN, parameters(NoticeKind.FEE_DUE)).text()).contains("4,000,000 VND");
        assertThat(CATALOGUE.render(NoticeKind.BOOKING_CANCELLED, Language.ZH, parameters(NoticeKind.BOOKING_CANCELLED)).text())
                .contains("车辆未到达");
        assertThat(CATALOGUE.term(Language.EN, "step", "SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }

    @Test
    void every_cancellation_reason_the_event_contract_allows_is_said_in_words_in_every_language() throws Exception {
        List<String> reasons = new java.util.ArrayList<>();
        try (java.io.InputStream in = TemplatesTest.class.getClassLoader().getResourceAsStream("schemas/BookingCancelled.json")) {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).at("/properties/reason/enum").forEach(r -> reasons.add(r.asText()));
        }
        assertThat(reasons).contains("NO_SHOW", "PLATE_RELEASED", "NO_DECLARATION");
        for (String reason : reasons) {
            for (Language language : Language.values()) {
                assertThat(CATALOGUE.term(language, "cancel-reason", reason)).as(language + " " + reason).isNotEqualTo(reason);
                Map<String, Object> p = parameters(NoticeKind.BOOKING_CANCELLED);
                p.put("reason", new Term("cancel-reason", reason));
                SmsText sms = SmsText.of(CATALOGUE.render(NoticeKind.BOOKING_CANCELLED, language, p).text());
                assertThat(sms.segments()).as(language + " " + reason).isLessThanOrEqualTo(SmsText.MAX_SEGMENTS);
            }
        }
    }

    @Test
    void a_block_says_who_why_and_until_when_in_each_language() {
        Map<String, Object> p = parameters(NoticeKind.BOOKING_BLOCKED);
        p.put("who", new Phrase("block-subject.account", Map.of()));
        p.put("cause", new Term("strike-kind", "NO_SHOW"));
        assertThat(CATALOGUE.render(NoticeKind.BOOKING_BLOCKED, Language.EN, p).text())
                .isEqualTo("Your account may not book until 14:00 Vietnam time, 15 Jun: 2 no-shows in 30 days (KT2-7XK4P9, KT2-3MN8Q2).");
        assertThat(CATALOGUE.render(NoticeKind.BOOKING_BLOCKED, Language.VI, p).text())
                .startsWith("Tài khoản của bạn bị khóa đặt lịch đến 14:00 giờ Việt Nam, 15/06: 2 lần không đến trong 30 ngày");
        assertThat(CATALOGUE.render(NoticeKind.BOOKING_BLOCKED, Language.ZH, p).text())
                .startsWith("您的账户在6月15日 14:00 (越南时间)前不能预约：30天内2次未到");
        assertThat(CATALOGUE.render(NoticeKind.BOOKING_BLOCK_LIFTED, Language.EN, parameters(NoticeKind.BOOKING_BLOCK_LIFTED)).text())
                .isEqualTo("A gate officer lifted the block of Your company's account: " + OFFICER_TEXT + ". You may book again.");
        // a vehicle's block names it by its plate, and still fits two segments with a Chinese plate
        p.put("who", new Phrase("block-subject.vehicle", Map.of("plate", "云G·12345挂")));
        p.put("cause", new Term("strike-kind", "LATE_CANCELLATION"));
        for (Language language : Language.values()) {
            String text = CATALOGUE.render(NoticeKind.BOOKING_BLOCKED, language, p).text();
            assertThat(text).as(language.code()).contains("云G·12345挂", "KT2-3MN8Q2").doesNotContain("{");
            assertThat(SmsText.of(text).segments()).as(text).isLessThanOrEqualTo(SmsText.MAX_SEGMENTS);
        }
    }

    @Test
    void the_three_catalogues_have_the_same_keys() {
        assertThat(CATALOGUE.keys(Language.EN)).isEqualTo(CATALOGUE.keys(Language.VI)).isEqualTo(CATALOGUE.keys(Language.ZH));
    }

    @Test
    void a_missing_parameter_is_an_error_not_a_blank() {
        assertThatThrownBy(() -> CATALOGUE.render(NoticeKind.CALLED_FORWARD, Language.EN, Map.of("code", "KT2-7XK4P9")))
                .hasMessageContaining("{plate}");
    }
}
