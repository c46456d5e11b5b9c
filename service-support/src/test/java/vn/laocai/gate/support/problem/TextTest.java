package vn.laocai.gate.support.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The characters every service refuses, in any string it reads, and the values the database cannot store. */
class TextTest {

    record Line(String hsCode, Map<String, String> labels) {
    }

    record Request(String name, List<Line> lines) {
    }

    private final ObjectMapper json = TextCheckingJackson.check(new ObjectMapper());

    @Test
    void nul_control_characters_and_lone_surrogates_are_refused_tab_newline_and_other_scripts_are_not() {
        assertThat(Text.refusal("Nguyễn Văn An\t云G·12345\r\n")).isNull();
        assertThat(Text.refusal("😀")).isNull();
        assertThat(Text.refusal(null)).isNull();
        assertThat(Text.refusal("a\u0000b")).contains("U+0000");
        assertThat(Text.refusal("a\u001Bb")).contains("U+001B");
        assertThat(Text.refusal("a\u007Fb")).contains("U+007F");
        assertThat(Text.refusal("a\uD800b")).contains("surrogate");
        assertThat(Text.refusal("\uDC00")).contains("surrogate");
    }

    @Test
    void a_refused_character_at_any_depth_names_the_json_path_of_its_field() {
        assertThatThrownBy(() -> json.readValue("{\"name\":\"ok\",\"lines\":[{\"hsCode\":\"0810\"},{\"hsCode\":\"08\\u000010\"}]}", Request.class))
                .isInstanceOfSatisfying(TextCheckingJackson.RefusedText.class, e ->
                        assertThat(ProblemMappers.refusedText(e).toProblem("/").violations())
                                .extracting(Problem.FieldViolation::field).containsExactly("lines[1].hsCode"));
    }

    @Test
    void a_refused_character_in_a_map_key_is_refused_too() {
        assertThatThrownBy(() -> json.readValue("{\"lines\":[{\"labels\":{\"a\\u0007\":\"x\"}}]}", Request.class))
                .isInstanceOfSatisfying(TextCheckingJackson.RefusedText.class, e ->
                        assertThat(ProblemMappers.refusedText(e).toProblem("/").violations())
                                .extracting(Problem.FieldViolation::field).containsExactly("lines[0].labels"));
    }

    @Test
    void a_string_over_the_json_bound_is_refused_naming_its_field() {
        String body = "{\"name\":\"" + "A".repeat(Text.MAX_JSON_STRING + 1) + "\"}";
        assertThatThrownBy(() -> json.readValue(body, Request.class))
                .isInstanceOfSatisfying(com.fasterxml.jackson.core.JsonProcessingException.class, e ->
                        assertThat(ProblemMappers.refusedText(e)).isNotNull());
        assertThat(Text.checked("name", "fine")).isEqualTo("fine");
        assertThatThrownBy(() -> Text.checked("name", "x\u0000")).isInstanceOf(ProblemException.class).hasMessageStartingWith("name:");
    }

    @Test
    void a_data_exception_of_the_database_is_found_among_the_causes_and_nothing_else_is() {
        SQLException tooLong = new SQLException("value too long for type character varying(100)", "22001");
        RuntimeException wrapped = new RuntimeException(new IllegalStateException(tooLong));
        assertThat((Throwable) StorageProblems.dataException(wrapped)).isSameAs(tooLong);
        assertThat((Throwable) StorageProblems.dataException(new RuntimeException(new SQLException("duplicate key", "23505")))).isNull();
        assertThat((Throwable) StorageProblems.dataException(new IllegalStateException("no database"))).isNull();
        SQLException index = new SQLException("index row size 9000 exceeds btree version 4 maximum 2704", "54000");
        assertThat((Throwable) StorageProblems.dataException(new RuntimeException(index))).isSameAs(index);
    }
}
