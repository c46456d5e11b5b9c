package vn.laocai.gate.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The fault matrix's report, {@code target/fault-matrix.md}: one row a fault, with the crossings run
 * through it and how many of them were lost (accepted, then gone), doubled (a booking, declaration,
 * lodgement, event or timeline entry twice), stuck (not at their final state once the fault was over),
 * and how long after the fault was over the last of them reached its final state. Written again after
 * each row, so a run that stops half-way still leaves what it found.
 */
final class FaultMatrixReport {

    /** What one fault did to its crossings. */
    record Row(String fault, boolean struck, int crossings, int lost, int doubled, int stuck, int refused, Duration recovery,
               String notes) {

        /** The fault was carried out and repaired, and nothing of its crossings was lost, doubled or left stuck. */
        boolean passed() {
            return struck && lost == 0 && doubled == 0 && stuck == 0;
        }
    }

    private final Path file;
    private final String setting;
    private final Instant started = Instant.now();
    private final List<Row> rows = new ArrayList<>();

    FaultMatrixReport(Path file, String setting) {
        this.file = file;
        this.setting = setting;
    }

    synchronized void add(Row row) {
        rows.add(row);
        write();
    }

    synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    synchronized String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Fault matrix\n\n").append(setting).append("\n\n")
                .append("Pass: 0 lost, 0 doubled, 0 stuck in every row. *Refused*: answers 422 to a declaration whose booking "
                        + "existed (the trader had to try again). *Recovery*: from the end of the fault to the last of its "
                        + "crossings at its final state.\n\n")
                .append("| fault | crossings | lost | doubled | stuck | refused | recovery | result | notes |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (Row r : rows) {
            md.append("| ").append(r.fault()).append(" | ").append(r.crossings()).append(" | ").append(r.lost())
                    .append(" | ").append(r.doubled()).append(" | ").append(r.stuck()).append(" | ").append(r.refused())
                    .append(" | ").append(seconds(r.recovery())).append(" | ").append(r.passed() ? "pass" : "**FAIL**")
                    .append(" | ").append(r.notes().replace("|", "/")).append(" |\n");
        }
        md.append("\nRun of ").append(seconds(Duration.between(started, Instant.now()))).append(", ")
                .append(rows.stream().filter(Row::passed).count()).append(" of ").append(rows.size()).append(" faults passed.\n");
        return md.toString();
    }

    private void write() {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String seconds(Duration d) {
        return d == null ? "-" : String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
