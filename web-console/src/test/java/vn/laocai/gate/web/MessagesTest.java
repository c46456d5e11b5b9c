package vn.laocai.gate.web;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The three languages say the same things, and every message the pages name exists. */
class MessagesTest {

    static final Path PAGES = Path.of("src/main/resources/META-INF/resources");

    static Set<String> keys(String lang) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream("/META-INF/resources/i18n/" + lang + ".json")) {
            assertThat(in).as(lang + ".json").isNotNull();
            Set<String> keys = new TreeSet<>();
            flatten("", new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8)), keys);
            return keys;
        }
    }

    private static void flatten(String prefix, JsonObject o, Set<String> keys) {
        for (String name : o.fieldNames()) {
            Object v = o.getValue(name);
            if (v instanceof JsonObject) {
                flatten(prefix + name + ".", (JsonObject) v, keys);
            } else {
                assertThat(v).as(prefix + name).isInstanceOf(String.class);
                assertThat((String) v).as(prefix + name).isNotBlank();
                keys.add(prefix + name);
            }
        }
    }

    @Test
    void vietnamese_english_and_chinese_have_the_same_messages() throws IOException {
        Set<String> en = keys("en");
        assertThat(en).hasSizeGreaterThan(200);
        assertThat(keys("vi")).isEqualTo(en);
        assertThat(keys("zh")).isEqualTo(en);
    }

    @Test
    void every_message_the_pages_name_exists() throws IOException {
        Set<String> en = keys("en");
        Pattern literal = Pattern.compile("\\bt\\('([a-zA-Z]+\\.[a-zA-Z.]+)'");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.list(PAGES.resolve("js"))) {
            for (Path js : files.toList()) {
                Matcher m = literal.matcher(Files.readString(js));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(100);
        assertThat(en).containsAll(named);
    }

    @Test
    void every_decision_an_officer_records_reads_as_a_sentence_on_the_timeline() throws IOException {
        Set<String> en = keys("en");
        Set<String> decisions = new TreeSet<>();
        en.stream().filter(k -> k.startsWith("decision.")).forEach(k -> decisions.add(k.substring("decision.".length())));
        assertThat(decisions).contains("RELEASE", "ASSIGN_GREEN", "CLEAR", "PASS");
        for (String d : decisions) {
            assertThat(en).as("the timeline's sentence for " + d).contains("tl.decided." + d);
        }
        assertThat(en).contains("tl.decided.ASSESS", "tl.decided.PAY");
    }
}
