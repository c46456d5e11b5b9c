package vn.laocai.gate.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.i18n.Language;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A body Jackson cannot read is a problem naming where, said in the reader's language. */
class UnreadableBodyTest {

    enum Direction { EXPORT, IMPORT }

    record Line(String hsCode, int quantity) {
    }

    record Request(Direction direction, List<Line> lines) {
    }

    private static final ObjectMapper JSON = TextCheckingJackson.check(new ObjectMapper());

    private static Problem read(String body, Language language) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> JSON.readValue(body, Request.class));
        return ProblemMappers.unreadableBody(e).toProblem("/api/things", language);
    }

    @Test
    void a_wrong_type_names_its_json_path_and_says_what_it_must_be() {
        String body = "{\"direction\": \"IMPORT\", \"lines\": [{\"hsCode\": \"8517\", \"quantity\": \"many\"}]}";
        assertThat(read(body, Language.ZH).violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("lines[0].quantity");
            assertThat(v.message()).isEqualTo("必须是整数");
        });
        assertThat(read(body, Language.VI).detail()).isEqualTo("lines[0].quantity: phải là số nguyên");
        assertThat(read(body, Language.EN).title()).isEqualTo("Unreadable request body");
    }

    @Test
    void an_unknown_constant_lists_the_constants() {
        Problem problem = read("{\"direction\": \"SIDEWAYS\"}", Language.ZH);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("direction");
            assertThat(v.message()).isEqualTo("必须是以下之一：EXPORT, IMPORT");
        });
    }

    @Test
    void broken_json_names_where_the_parser_stopped_with_its_line_and_column() {
        Problem problem = read("{\"lines\": [{\"hsCode\": \"8517\",", Language.EN);
        assertThat(problem.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).as("inside the first line, after its last field").isEqualTo("lines[0]");
            assertThat(v.message()).startsWith("is not valid JSON (line 1, column");
        });
        assertThat(read("not json", Language.VI).violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("body");
            assertThat(v.message()).startsWith("không phải JSON hợp lệ (dòng 1, cột");
        });
    }

    @Test
    void a_refused_character_is_said_in_the_language_too() {
        Problem problem = read("{\"lines\": [{\"hsCode\": \"85\\u000717\"}]}", Language.ZH);
        assertThat(problem.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("lines[0].hsCode");
            assertThat(v.message()).isEqualTo("包含控制字符 U+0007，不予接受");
        });
    }

    @Test
    void a_parameter_its_type_cannot_take_is_named() {
        var converter = new ParameterTypes().getConverter(int.class, int.class,
                new java.lang.annotation.Annotation[] {new jakarta.ws.rs.QueryParam() {
                    @Override
                    public String value() {
                        return "limit";
                    }

                    @Override
                    public Class<? extends java.lang.annotation.Annotation> annotationType() {
                        return jakarta.ws.rs.QueryParam.class;
                    }
                }});
        assertThat(converter.fromString("50")).isEqualTo(50);
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> converter.fromString("fifty"));
        assertThat(refused.toProblem("/api/things", Language.ZH).violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("limit");
            assertThat(v.message()).isEqualTo("必须是整数");
        });
    }
}
