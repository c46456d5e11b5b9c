package vn.laocai.gate.simulator.desk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.gate.simulator.agency.AgencySystem;
import vn.laocai.gate.simulator.agency.AnswerMessage;
import vn.laocai.gate.simulator.agency.AnswerType;
import vn.laocai.gate.simulator.callback.CallbackSender;
import vn.laocai.gate.simulator.clock.Timers;
import vn.laocai.gate.simulator.faults.FaultBoard;
import vn.laocai.gate.simulator.store.LodgementJournal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desks' system of record: what a desk took in and answered is read back by a desk started anew on
 * the same journal file, as after a restart of the simulator (a test cannot restart the application,
 * so it starts a second desk on the file the first one wrote).
 */
@QuarkusTest
class LodgementStoreTest {

    @Inject
    FaultBoard faults;

    @Inject
    Timers timers;

    @Inject
    CallbackSender callbacks;

    @Inject
    ObjectMapper json;

    @TempDir
    Path folder;

    /** What a border guard desk takes in, as the journal keeps it. */
    record Check(String bookingCode, String plate) {
    }

    private static final Check SUBMISSION = new Check("KT2-7XK4P9", "24C-123.45");

    private Desk deskOn(Path file) {
        return new Desk(AgencySystem.BORDER_GUARD, "BP", faults, timers, callbacks,
                new LodgementJournal(Optional.of(file), json));
    }

    private static AnswerMessage checked(String reference, String bookingCode) {
        return AnswerMessage.about(UUID.randomUUID().toString(), reference, null, 0, null, AnswerType.BORDER_CHECKED,
                Instant.parse("2026-06-15T01:30:00Z"));
    }

    @Test
    void lodgements_and_answers_survive_a_restart() {
        Path file = folder.resolve("lodgements.jsonl");
        Desk before = deskOn(file);
        String submissionId = UUID.randomUUID().toString();
        String reference = before.lodge(submissionId, "KT2-7XK4P9", 0, SUBMISSION, Duration.ZERO, l -> { }).agencyReference();
        Lodgement lodged = before.lodgementOf(reference).orElseThrow();
        AnswerMessage answer = checked(reference, "KT2-7XK4P9");
        before.answer(lodged, answer);
        before.lodge(submissionId, "KT2-7XK4P9", 0, SUBMISSION, Duration.ZERO, l -> { });

        Desk after = deskOn(file);

        assertThat(after.lodgements()).singleElement().satisfies(v -> {
            assertThat(v.agencyReference()).isEqualTo(reference);
            assertThat(v.submissionId()).isEqualTo(submissionId);
            assertThat(v.requests()).isEqualTo(2);
            assertThat(v.answers()).isEqualTo(1);
        });
        assertThat(after.answers(reference)).hasValueSatisfying(list ->
                assertThat(list).extracting(AnswerMessage::messageId).containsExactly(answer.messageId()));
        assertThat(after.lodge(submissionId, "KT2-7XK4P9", 0, SUBMISSION, Duration.ZERO, l -> { }).agencyReference())
                .isEqualTo(reference);
    }

    @Test
    void work_in_flight_at_a_restart_is_taken_up_at_start_from_its_submission_and_answers_once() {
        Path file = folder.resolve("lodgements.jsonl");
        Desk before = deskOn(file);
        String submissionId = UUID.randomUUID().toString();
        String reference = before.lodge(submissionId, "KT2-7XK4P9", 0, SUBMISSION, Duration.ofDays(1), l -> { })
                .agencyReference();
        AnswerMessage first = checked(reference, "KT2-7XK4P9");
        before.answer(before.lodgementOf(reference).orElseThrow(), first);
        String unanswered = before.lodge(UUID.randomUUID().toString(), "KT2-1111AA", 0, new Check("KT2-1111AA", "25C-555.55"),
                Duration.ofDays(1), l -> { }).agencyReference();
        java.util.Map<String, Check> submissions = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Map<String, Integer> answersSoFar = new java.util.concurrent.ConcurrentHashMap<>();

        Desk after = deskOn(file);
        int resumed = after.resume(Check.class, (lodged, check, answered) -> {
            submissions.put(lodged.reference(), check);
            answersSoFar.put(lodged.reference(), answered.size());
            return answered.isEmpty();
        });

        assertThat(resumed).isEqualTo(1);
        assertThat(submissions).containsEntry(reference, SUBMISSION)
                .containsEntry(unanswered, new Check("KT2-1111AA", "25C-555.55"));
        assertThat(answersSoFar).containsEntry(reference, 1).containsEntry(unanswered, 0);
        assertThat(after.resume(Check.class, (lodged, check, answered) -> true))
                .as("a lodgement is taken up once").isZero();
        AtomicInteger scheduledAgain = new AtomicInteger();
        after.lodge(submissionId, "KT2-7XK4P9", 0, SUBMISSION, Duration.ZERO, l -> scheduledAgain.incrementAndGet());
        assertThat(after.lodgements()).hasSize(2);
        assertThat(scheduledAgain).as("a repeated submission after the restart schedules nothing more").hasValue(0);
    }

    @Test
    void a_lodgement_kept_without_its_submission_resumes_when_the_sender_submits_again() {
        Path file = folder.resolve("lodgements.jsonl");
        String submissionId = UUID.randomUUID().toString();
        deskOn(file).lodge(submissionId, "KT2-7XK4P9", 0, null, Duration.ofDays(1), l -> { });
        assertThat(deskOn(file).resume(Check.class, (lodged, check, answered) -> true))
                .as("nothing to take up without the submission").isZero();
        AtomicInteger resumed = new AtomicInteger();

        Desk after = deskOn(file);
        after.lodge(submissionId, "KT2-7XK4P9", 0, SUBMISSION, Duration.ZERO, l -> resumed.incrementAndGet());
        after.lodge(submissionId, "KT2-7XK4P9", 0, SUBMISSION, Duration.ZERO, l -> resumed.incrementAndGet());

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> resumed.get() == 1);
        assertThat(after.lodgements()).singleElement().satisfies(v -> assertThat(v.requests()).isEqualTo(3));
    }

    @Test
    void a_lost_lodgement_stays_lost_and_its_answers_are_not_given() {
        Path file = folder.resolve("lodgements.jsonl");
        Desk before = deskOn(file);
        String submissionId = UUID.randomUUID().toString();
        String reference = before.lodge(submissionId, "KT2-7XK4P9", 0, SUBMISSION, Duration.ZERO, l -> { }).agencyReference();
        Lodgement lodged = before.lodgementOf(reference).orElseThrow();

        assertThat(before.lose(reference)).isTrue();
        before.answer(lodged, checked(reference, "KT2-7XK4P9"));
        assertThat(before.lose(reference)).isFalse();

        Desk after = deskOn(file);
        assertThat(after.answers(reference)).isEmpty();
        assertThat(after.lodgements()).isEmpty();
        assertThat(after.lodge(submissionId, "KT2-7XK4P9", 0, SUBMISSION, Duration.ZERO, l -> { }).agencyReference())
                .isNotEqualTo(reference);
    }

    @Test
    void a_line_cut_short_by_a_crash_is_left_out() throws IOException {
        Path file = folder.resolve("lodgements.jsonl");
        String reference = deskOn(file).lodge(UUID.randomUUID().toString(), "KT2-7XK4P9", 0, SUBMISSION, Duration.ZERO, l -> { })
                .agencyReference();
        Files.writeString(file, "{\"op\":\"LODGED\",\"system\":\"BORDER_", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        Desk after = deskOn(file);
        String next = after.lodge(UUID.randomUUID().toString(), "KT2-7XK4P9", 0, SUBMISSION, Duration.ZERO, l -> { }).agencyReference();

        assertThat(after.lodgements()).extracting(Lodgement.View::agencyReference).containsExactlyInAnyOrder(reference, next);
        assertThat(deskOn(file).lodgements()).extracting(Lodgement.View::agencyReference)
                .containsExactlyInAnyOrder(reference, next);
    }
}
