package vn.laocai.gate.simulator.customs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.gate.simulator.agency.AgencySystem;
import vn.laocai.gate.simulator.agency.AnswerMessage;
import vn.laocai.gate.simulator.agency.AnswerType;
import vn.laocai.gate.simulator.agency.Channel;
import vn.laocai.gate.simulator.callback.CallbackSender;
import vn.laocai.gate.simulator.clock.Timers;
import vn.laocai.gate.simulator.config.Randomness;
import vn.laocai.gate.simulator.config.SimulatorConfig;
import vn.laocai.gate.simulator.desk.Desk;
import vn.laocai.gate.simulator.desk.Desks;
import vn.laocai.gate.simulator.faults.FaultBoard;
import vn.laocai.gate.simulator.store.LodgementJournal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * VNACCS killed between its answers: a declaration whose channel was assigned, or whose inspection was done, before
 * the simulator stopped is released (or rejected) after it starts again, without the sender submitting anew. A test
 * cannot restart the application, so it starts a second set of desks on the journal the first one wrote, and calls
 * what the desk runs at start.
 */
@QuarkusTest
class CustomsResumeTest {

    @Inject
    SimulatorConfig config;

    @Inject
    Randomness randomness;

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

    private Desks desksOn(Path file) {
        return new Desks(faults, timers, callbacks, new LodgementJournal(Optional.of(file), json));
    }

    /** Lodges the declaration on a first VNACCS and gives the answers it had given before it was killed. */
    @SafeVarargs
    private String lodgedBeforeTheKill(Path file, DeclarationSubmission s, Function<String, AnswerMessage>... given) {
        Desk vnaccs = desksOn(file).of(AgencySystem.VNACCS);
        String reference = vnaccs.lodge(s.submissionId(), s.declarationId(), s.version(), s, Duration.ofDays(1), l -> { })
                .agencyReference();
        for (Function<String, AnswerMessage> a : given) {
            vnaccs.answer(vnaccs.lodgementOf(reference).orElseThrow(), a.apply(reference));
        }
        return reference;
    }

    private static Function<String, AnswerMessage> answer(DeclarationSubmission s, AnswerType type,
                                                          UnaryOperator<AnswerMessage> filled) {
        return reference -> filled.apply(AnswerMessage.about(UUID.randomUUID().toString(), reference, s.declarationId(),
                s.version(), s.customsDeclarationNumber(), type, Instant.now()));
    }

    private static List<AnswerType> types(CustomsDesk desk, String reference) {
        return desk.answers(reference).orElseThrow().stream().map(AnswerMessage::type).toList();
    }

    @Test
    void a_declaration_with_its_channel_assigned_before_the_kill_is_released_after_the_restart() {
        Path file = folder.resolve("lodgements.jsonl");
        DeclarationSubmission s = Submissions.durianExport();
        String reference = lodgedBeforeTheKill(file, s, answer(s, AnswerType.CHANNEL_ASSIGNED, a -> a.withChannel(Channel.GREEN)));

        CustomsDesk restarted = new CustomsDesk(config, randomness, desksOn(file));
        restarted.resume(null);

        await().atMost(Duration.ofSeconds(10)).until(() -> types(restarted, reference).contains(AnswerType.RELEASED));
        assertThat(types(restarted, reference)).containsExactly(AnswerType.CHANNEL_ASSIGNED, AnswerType.RELEASED);
        assertThat(restarted.answers(reference).orElseThrow()).allSatisfy(a -> {
            assertThat(a.declarationId()).isEqualTo(s.declarationId());
            assertThat(a.customsDeclarationNumber()).isEqualTo(s.customsDeclarationNumber());
        });
    }

    @Test
    void an_inspection_done_before_the_kill_gets_its_decision_and_a_finished_declaration_nothing_more() {
        Path file = folder.resolve("lodgements.jsonl");
        DeclarationSubmission failed = Submissions.durianExport();
        String failedReference = lodgedBeforeTheKill(file, failed,
                answer(failed, AnswerType.CHANNEL_ASSIGNED, a -> a.withChannel(Channel.RED)),
                answer(failed, AnswerType.INSPECTION_COMPLETED, a -> a.withResult("FAILED", "Goods do not match")));
        DeclarationSubmission released = Submissions.durianExport();
        String releasedReference = lodgedBeforeTheKill(file, released,
                answer(released, AnswerType.CHANNEL_ASSIGNED, a -> a.withChannel(Channel.GREEN)),
                answer(released, AnswerType.RELEASED, a -> a.withChannel(Channel.GREEN)));
        DeclarationSubmission unanswered = Submissions.durianExport();
        String unansweredReference = lodgedBeforeTheKill(file, unanswered);

        CustomsDesk restarted = new CustomsDesk(config, randomness, desksOn(file));
        restarted.resume(null);

        await().atMost(Duration.ofSeconds(10)).until(() -> types(restarted, failedReference).contains(AnswerType.REJECTED)
                && types(restarted, unansweredReference).contains(AnswerType.CHANNEL_ASSIGNED));
        assertThat(types(restarted, failedReference))
                .containsExactly(AnswerType.CHANNEL_ASSIGNED, AnswerType.INSPECTION_COMPLETED, AnswerType.REJECTED);
        assertThat(types(restarted, releasedReference)).containsExactly(AnswerType.CHANNEL_ASSIGNED, AnswerType.RELEASED);
        assertThat(types(restarted, unansweredReference)).startsWith(AnswerType.CHANNEL_ASSIGNED)
                .doesNotHaveDuplicates();
    }
}
