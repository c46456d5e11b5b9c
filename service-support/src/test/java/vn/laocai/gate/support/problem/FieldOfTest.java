package vn.laocai.gate.support.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The field a 400 names is the path in the request body, or the parameter's name. */
class FieldOfTest {

    record Line(@Size(max = 3) String number) {
    }

    record Body(@Size(max = 2) List<@Valid Line> documents, List<@Max(500) Integer> hourlyCapacity, @Valid Line line) {
    }

    static class Resource {
        public void declare(@NotNull @Valid Body request) {
        }

        public void read(@Size(max = 10) String code) {
        }
    }

    static ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void a_field_inside_a_body_is_named_by_its_path_without_the_method_and_parameter() throws Exception {
        Body body = new Body(List.of(new Line("1"), new Line("2"), new Line("1234")), List.of(1, 501), new Line("12345"));
        assertThat(fields("declare", Body.class, body))
                .containsExactlyInAnyOrder("documents", "documents[2].number", "hourlyCapacity[1]", "line.number");
    }

    @Test
    void a_body_or_a_plain_parameter_keeps_its_name() throws Exception {
        assertThat(fields("declare", Body.class, (Object) null)).containsExactly("request");
        assertThat(fields("read", String.class, "KT2-AAAAAAAAA")).containsExactly("code");
    }

    private static List<String> fields(String method, Class<?> type, Object argument) throws Exception {
        Method m = Resource.class.getMethod(method, type);
        Set<ConstraintViolation<Resource>> violations = validator.forExecutables()
                .validateParameters(new Resource(), m, new Object[] {argument});
        return violations.stream().map(ProblemMappers::fieldOf).toList();
    }
}
