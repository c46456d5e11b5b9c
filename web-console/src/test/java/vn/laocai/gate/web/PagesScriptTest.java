package vn.laocai.gate.web;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' logic that needs no browser (share codes, gate days, the audit filters, a shortened chain, problems,
 * amendments), tested in {@code src/test/js} under node's own test runner: {@code node --test src/test/js/}.
 * Skipped where no node is installed (Debian's nodejs is on this project's machines).
 */
class PagesScriptTest {

    static final Path NODE = Path.of("/usr/bin/node");

    @Test
    void the_pages_script_tests_pass_under_node() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(NODE), NODE + " is not installed: the pages' script tests are skipped");
        Path log = Files.createTempFile("pages-test", ".log");
        Process node = new ProcessBuilder(NODE.toString(), "--test", "--test-reporter=tap", "src/test/js/")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = node.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(finished).as("node --test finished").isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
    }
}
