package vn.laocai.gate.web;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        // a name ending in a dot is the start of names made on the page (t('audit.service.' + service))
        Set<String> prefixes = new TreeSet<>();
        named.stream().filter(n -> n.endsWith(".")).forEach(prefixes::add);
        named.removeAll(prefixes);
        assertThat(en).containsAll(named);
        for (String prefix : prefixes) {
            assertThat(en).as("messages under " + prefix).anyMatch(k -> k.startsWith(prefix));
        }
    }

    @Test
    void every_value_the_services_give_the_new_pages_has_its_words() throws IOException {
        Set<String> en = keys("en");
        // how the driver's document compared at check-in, on the board and in the check-in answer
        for (String result : List.of("MATCH", "MISMATCH", "NOT_PRESENTED")) {
            assertThat(en).contains("docCheck." + result);
        }
        assertThat(en).contains("docCheck.said.MATCH", "docCheck.said.NOT_PRESENTED", "docCheck.mismatchSaid");
        // whether a declaration's link to a booking stands
        assertThat(en).contains("link.LINKED", "link.CONSENT_WITHDRAWN");
        // what is wrong with a broken audit chain, and the actions the services record
        assertThat(en).contains("audit.problem.ALTERED", "audit.problem.REMOVED", "audit.problem.KEY_MISSING", "audit.problemUnknown");
        assertThat(en).contains("audit.actions.OUT_OF_TURN_CALL", "audit.actions.PLATE_RELEASED", "audit.actions.CASE_STEP_DECIDED",
                "outOfTurn.actions.OUT_OF_TURN_CALL");
    }

    /** The services the audit page reads, as audit.js names them. */
    static List<String> auditServices() throws IOException {
        Matcher m = Pattern.compile("export const SERVICES = \\[([^\\]]*)\\]").matcher(Files.readString(PAGES.resolve("js/audit.js")));
        assertThat(m.find()).as("SERVICES in audit.js").isTrue();
        return Pattern.compile("'([a-z]+)'").matcher(m.group(1)).results().map(r -> r.group(1)).toList();
    }

    @Test
    void the_audit_page_names_every_service_in_every_language_and_each_has_a_route() throws IOException {
        List<String> services = auditServices();
        assertThat(services).containsExactly("queue", "clearance", "customs");
        List<String> prefixes = ServiceProxy.upstreams(new FixedConfig()).stream().map(Upstream::prefix).toList();
        for (String lang : List.of("vi", "en", "zh")) {
            Set<String> keys = keys(lang);
            for (String service : services) {
                assertThat(keys).as(lang).contains("audit.service." + service);
            }
        }
        for (String service : services) {
            assertThat(prefixes).as("the proxy's route for " + service).contains("/svc/" + service);
        }
    }

    /** The services at fixed addresses, for the proxy's routes. */
    static final class FixedConfig implements WebConsoleConfig {
        @Override
        public URI queueUrl() {
            return URI.create("http://127.0.0.1:8081");
        }

        @Override
        public URI clearanceUrl() {
            return URI.create("http://127.0.0.1:8082");
        }

        @Override
        public URI customsUrl() {
            return URI.create("http://127.0.0.1:8083");
        }

        @Override
        public URI notificationUrl() {
            return URI.create("http://127.0.0.1:8085");
        }

        @Override
        public int connectionsPerService() {
            return 1;
        }
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

    /** The handoff states customs-adapter's HandoffView names, and the link states clearance's BookingLink names. */
    @Test
    void every_state_of_a_handoff_and_of_a_booking_link_has_its_words_in_every_language() throws IOException {
        for (String lang : List.of("vi", "en", "zh")) {
            Set<String> keys = keys(lang);
            for (String state : List.of("PENDING", "SUBMITTED", "CHANNEL_ASSIGNED", "RELEASED", "COMPLETED", "REJECTED")) {
                assertThat(keys).as(lang).contains("handoff." + state);
            }
            assertThat(keys).as(lang).contains("handoffs.state.LOST", "handoffs.state.OVERDUE", "handoffs.state.ESCALATED",
                    "handoffs.overdueSince", "handoffs.title", "handoffs.none", "handoffs.timeline.HANDOFF_LOST",
                    "handoffs.timeline.HANDOFF_OVERDUE", "handoffs.timeline.BOOKING_LINKED", "handoffs.timeline.BOOKING_LINK_REFUSED");
            assertThat(keys).as(lang).contains("link.LINKED", "link.CONSENT_WITHDRAWN", "pendingLink.PENDING", "pendingLink.REFUSED",
                    "pendingLink.pendingNote", "pendingLink.refusedNote");
        }
    }
}
