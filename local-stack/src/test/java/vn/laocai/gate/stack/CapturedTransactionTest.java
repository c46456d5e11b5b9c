package vn.laocai.gate.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What ./gate bench write makes of PostgreSQL's csvlog: the request's transaction, and a pgbench script of it. */
class CapturedTransactionTest {

    /** One csvlog row (PostgreSQL 14's 26 columns) of a statement run by session {@code session} in transaction {@code vxid}. */
    private static String row(String database, String session, String vxid, String message, String detail) {
        String[] f = new String[26];
        java.util.Arrays.fill(f, "");
        f[0] = "2026-12-01 10:00:00.000 UTC";
        f[1] = "postgres";
        f[2] = database;
        f[5] = session;
        f[9] = vxid;
        f[11] = "LOG";
        f[13] = message;
        f[14] = detail;
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < f.length; i++) {
            line.append(i == 0 ? "" : ",").append(f[i].isEmpty() ? "" : "\"" + f[i].replace("\"", "\"\"") + "\"");
        }
        return line.append('\n').toString();
    }

    private static String booking(String session, String vxid, String id, String code, String plate) {
        return row("vehicle_queue", session, vxid, "execute <unnamed>: BEGIN", "")
                + row("vehicle_queue", session, vxid, "execute S_1: select count(b1_0.id) from booking b1_0 where b1_0.plate=$1",
                "parameters: $1 = '" + plate + "'")
                + row("vehicle_queue", session, vxid,
                "execute S_2: insert into booking (id,code,plate,direction,booked_at,payload)\nvalues ($1,$2,$3,$4,$5,$6)",
                "parameters: $1 = '" + id + "', $2 = '" + code + "', $3 = '" + plate + "', $4 = 'EXPORT', "
                        + "$5 = '2026-12-01 10:00:0" + code.charAt(code.length() - 1) + "+00', $6 = '{\"code\": \"" + code + "\", \"note\": \"it''s\"}'")
                + row("vehicle_queue", session, vxid, "execute S_3: insert into outbox_message (id,aggregate) values ($1,$2)",
                "parameters: $1 = '" + id.replace('a', 'b') + "', $2 = '" + code + "'")
                + row("vehicle_queue", session, vxid, "execute S_4: COMMIT", "");
    }

    @Test
    void the_transaction_with_the_marker_is_captured_and_other_work_is_not(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("postgresql.csv");
        Files.writeString(log, booking("s1", "3/10", "0a6c1d2e-4f5a-4b7c-8d9e-0f1a2b3c4d5e", "KT2-7XK4P9", "24C-123.45")
                + row("vehicle_queue", "s2", "4/11", "execute S_9: select * from outbox_message where published_at is null limit $1",
                "parameters: $1 = '100'")
                + row("clearance", "s3", "5/12", "execute S_2: insert into booking (id) values ($1)", "parameters: $1 = 'x'")
                + booking("s1", "3/12", "1a6c1d2e-4f5a-4b7c-8d9e-0f1a2b3c4d5f", "KT2-8YL5Q1", "24C-678.90"));

        List<CapturedTransaction> captured = CapturedTransaction.read(log, "vehicle_queue", "insert into booking ");

        assertThat(captured).hasSize(2);
        assertThat(captured.get(0).statements()).extracting(CapturedTransaction.Statement::sql)
                .as("neither BEGIN nor COMMIT nor the poller's select in another session")
                .hasSize(3).allMatch(s -> !s.contains("BEGIN") && !s.contains("published_at"));
        assertThat(captured.get(0).statements().get(1).parameters()).element(5).isEqualTo("{\"code\": \"KT2-7XK4P9\", \"note\": \"it's\"}");
    }

    @Test
    void values_that_differ_between_requests_become_unique_per_transaction_and_the_others_stay(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("postgresql.csv");
        Files.writeString(log, booking("s1", "3/10", "0a6c1d2e-4f5a-4b7c-8d9e-0f1a2b3c4d5e", "KT2-7XK4P9", "24C-123.45")
                + booking("s1", "3/12", "1a6c1d2e-4f5a-4b7c-8d9e-0f1a2b3c4d5f", "KT2-8YL5Q1", "24C-678.90"));

        String script = CapturedTransaction.pgbenchScript(CapturedTransaction.read(log, "vehicle_queue", "insert into booking "), "seq");

        assertThat(script).startsWith("-- 3 statements").contains("select nextval('seq') as gate_unique_n \\gset\n")
                .contains("begin;\n").endsWith("commit;\n");
        assertThat(script).as("the same in both requests: a literal").contains("'EXPORT'");
        assertThat(script).as("a timestamp and a JSON document differ but stay literals")
                .contains("'2026-12-01 10:00:09+00'").contains("'{\"code\": \"KT2-7XK4P9\", \"note\": \"it''s\"}'");
        assertThat(script).as("a UUID keeps its form: 12 digits in its last group")
                .containsPattern("'0a6c1d2e-4f5a-4b7c-8d9e-:gate_v(\\d+)'")
                .containsPattern("\\\\set gate_v\\d+ 100000000000 \\+ :gate_unique_n \\* 6 \\+ \\d+\n");
        assertThat(script).as("the code, the plate and both ids vary; the code and the plate are used twice, each as one variable")
                .doesNotContain("'KT2-7XK4P9'").doesNotContain("'24C-123.45'");
        assertThat(script.lines().filter(l -> l.startsWith("\\set "))).hasSize(4);
        assertThat(script).as("no placeholder is left").doesNotContainPattern("\\$\\d");
        assertThat(script.lines().filter(l -> l.startsWith("insert into booking"))).singleElement().asString()
                .doesNotContain("\n");
    }
}
