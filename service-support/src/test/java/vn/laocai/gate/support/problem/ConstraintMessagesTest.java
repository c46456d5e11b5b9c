package vn.laocai.gate.support.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.support.validation.Bounds;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Bean Validation's field messages in the reader's language, from the catalogue. */
class ConstraintMessagesTest {

    record Request(@NotNull String plate,
                   @Size(max = 3) String lane,
                   @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code,
                   @Max(500) Integer capacity,
                   @Size(max = 2, message = "at most two, as written") String remarks) {
    }

    static ValidatorFactory factory;

    @BeforeAll
    static void validator() {
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static Map<String, String> said(Language language) {
        Map<String, String> byField = new TreeMap<>();
        for (ConstraintViolation<Request> v : factory.getValidator().validate(new Request(null, "ABCD", "KT2-1", 501, "xyz"))) {
            byField.put(v.getPropertyPath().toString(), ConstraintMessages.text(v, language));
        }
        return byField;
    }

    @Test
    void standardConstraintsAndThePlatformsOwnAreSaidInChinese() {
        assertThat(said(Language.ZH)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "plate", "必须填写",
                "lane", "大小必须在 0 到 3 之间",
                "code", "必须是预约编号，例如 KT2-7XK4P9",
                "capacity", "不得大于 500",
                "remarks", "at most two, as written"));
    }

    @Test
    void andInEnglishAndVietnamese() {
        assertThat(said(Language.EN)).containsEntry("plate", "must be given").containsEntry("lane", "size must be between 0 and 3")
                .containsEntry("code", "must be a booking code such as KT2-7XK4P9").containsEntry("capacity", "must be at most 500");
        assertThat(said(Language.VI)).containsEntry("plate", "phải được cung cấp").containsEntry("capacity", "không được lớn hơn 500");
    }
}
