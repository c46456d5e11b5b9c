package vn.laocai.gate.stack;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What makes {@code ./gate up} build again, on a small repository of its own. */
class BuildFingerprintTest {

    @TempDir
    Path repo;

    @BeforeEach
    void aBuiltRepository() throws IOException {
        write("pom.xml", "<project/>");
        write(".mvn/wrapper/maven-wrapper.properties", "distributionUrl=x");
        write("clearance-service/pom.xml", "<project/>");
        write("clearance-service/src/main/java/A.java", "class A {}");
        write("clearance-service/README.md", "# Clearance");
        write("docs/src/notes.txt", "not a module");
        write("local-stack/target/local-stack.jar", "jar");
        Files.createDirectories(repo.resolve("local-stack/target/lib"));
        Apps.all().forEach(a -> write(repo.relativize(a.runJar(repo)).toString(), "jar"));
    }

    @Test
    void theInputsArePomsModuleSourcesAndTheMavenWrapperOnly() throws IOException {
        write("clearance-service/target/classes/A.class", "compiled");
        write(".gate/logs/stack.log", "log");
        write("web-console/node_modules/x/src/index.js", "package");

        assertThat(BuildFingerprint.entries(repo)).extracting(e -> e.substring(0, e.indexOf(' '))).containsExactly(
                ".mvn/wrapper/maven-wrapper.properties", "clearance-service/pom.xml",
                "clearance-service/src/main/java/A.java", "pom.xml");
    }

    @Test
    void nothingChangedMeansNoBuild() {
        String fingerprint = BuildFingerprint.of(repo);
        Path stamp = stamp(fingerprint);

        assertThat(BuildFingerprint.reasonToBuild(repo, stamp, BuildFingerprint.of(repo))).isEmpty();
    }

    @Test
    void editingAddingOrDeletingASourceOrAPomMeansABuild() throws IOException {
        String built = BuildFingerprint.of(repo);
        Path source = repo.resolve("clearance-service/src/main/java/A.java");

        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(5)));
        String touched = BuildFingerprint.of(repo);
        write("clearance-service/src/main/java/B.java", "class B {}");
        String added = BuildFingerprint.of(repo);
        Files.delete(source);
        String deleted = BuildFingerprint.of(repo);
        write("clearance-service/pom.xml", "<project><modelVersion>4.0.0</modelVersion></project>");
        String pom = BuildFingerprint.of(repo);

        assertThat(java.util.List.of(built, touched, added, deleted, pom)).doesNotHaveDuplicates();
        assertThat(BuildFingerprint.reasonToBuild(repo, stamp(built), pom)).contains("sources changed");
    }

    @Test
    void documentationAndBuildOutputsDoNotMeanABuild() throws IOException {
        String built = BuildFingerprint.of(repo);

        write("clearance-service/README.md", "# Clearance, edited");
        write("docs/src/notes.txt", "edited");
        write("clearance-service/target/classes/A.class", "compiled again");

        assertThat(BuildFingerprint.of(repo)).isEqualTo(built);
    }

    @Test
    void aMissingOutputOrNoRecordedBuildMeansABuild() throws IOException {
        String fingerprint = BuildFingerprint.of(repo);

        assertThat(BuildFingerprint.reasonToBuild(repo, repo.resolve("no-stamp"), fingerprint))
                .contains("no build by ./gate recorded");
        Files.delete(Apps.require(Apps.CLEARANCE).runJar(repo));
        assertThat(BuildFingerprint.reasonToBuild(repo, stamp(fingerprint), fingerprint))
                .hasValueSatisfying(r -> assertThat(r).startsWith("not built yet: clearance-service/target/quarkus-app/quarkus-run.jar"));
    }

    private Path stamp(String fingerprint) {
        write("local-stack/target/gate-build.fingerprint", fingerprint + "\n");
        return repo.resolve("local-stack/target/gate-build.fingerprint");
    }

    private void write(String file, String content) {
        try {
            Path path = repo.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
