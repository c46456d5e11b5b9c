package vn.laocai.gate.simulator.customs;

import jakarta.enterprise.context.ApplicationScoped;
import vn.laocai.gate.simulator.config.SimulatorConfig;
import vn.laocai.gate.simulator.desk.AgencySystem;
import vn.laocai.gate.simulator.desk.AnswerMessage;
import vn.laocai.gate.simulator.desk.AnswerType;
import vn.laocai.gate.simulator.desk.Desk;
import vn.laocai.gate.simulator.desk.Desks;
import vn.laocai.gate.simulator.desk.Lodgement;
import vn.laocai.gate.simulator.faults.FaultBoard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Simulated VNACCS/VCIS: accepts declarations, assigns a channel after a delay; green is released
 * after a short delay, yellow and red go through a documentary or physical inspection that passes
 * (then release) or fails (then rejection) by the configured share. Answers are pushed to the
 * sender's callback and kept for polling.
 */
@ApplicationScoped
public class CustomsDesk {

    private final SimulatorConfig.Customs config;
    private final ChannelPicker channels;
    private final Timers timers;
    private final Desk desk;
    private final FaultBoard faults;
    private final Clock clock = Clock.systemUTC();

    public CustomsDesk(SimulatorConfig config, Timers timers, Desks desks, FaultBoard faults) {
        this.config = config.customs();
        SimulatorConfig.ChannelMix mix = config.customs().channelMix();
        this.channels = new ChannelPicker(config.seed(), mix.green(), mix.yellow(), mix.red());
        this.timers = timers;
        this.desk = desks.of(AgencySystem.VNACCS);
        this.faults = faults;
    }

    /**
     * Lodges a declaration, or returns the earlier acceptance when the submission id was seen before
     * (nothing new is scheduled then).
     *
     * @throws SubmissionRejectedException when the declaration breaks a VNACCS rule
     */
    public Acceptance submit(DeclarationSubmission submission) {
        desk.enter();
        List<Rejection.Error> errors = SubmissionRules.check(submission);
        if (!errors.isEmpty()) {
            throw new SubmissionRejectedException(errors);
        }
        Lodgement lodged = desk.lodge(submission.submissionId(), submission.declarationId(), submission.version(),
                submission.callbackUrl(), l -> timers.after(config.channelDelay(), () -> assignChannel(l, submission)));
        return Acceptance.of(lodged.reference());
    }

    /** Every answer given so far for a reference; empty when the reference is unknown. */
    public Optional<List<AnswerMessage>> answers(String agencyReference) {
        desk.enter();
        return desk.answers(agencyReference);
    }

    private void assignChannel(Lodgement lodged, DeclarationSubmission s) {
        Channel channel = channels.next();
        desk.answer(lodged, answer(lodged, s, AnswerType.CHANNEL_ASSIGNED).withChannel(channel));
        if (channel == Channel.GREEN) {
            timers.after(config.releaseDelay().green(),
                    () -> desk.answer(lodged, answer(lodged, s, AnswerType.RELEASED).withChannel(channel)));
            return;
        }
        Duration inspection = channel == Channel.YELLOW ? config.releaseDelay().yellow() : config.releaseDelay().red();
        boolean passed = faults.draw(AgencySystem.VNACCS) >= config.inspectionFailShare();
        timers.after(inspection, () -> {
            desk.answer(lodged, answer(lodged, s, AnswerType.INSPECTION_COMPLETED).withResult(passed ? "PASSED" : "FAILED",
                    passed ? null : "Goods do not match the declared description"));
            desk.answer(lodged, passed ? answer(lodged, s, AnswerType.RELEASED).withChannel(channel)
                    : answer(lodged, s, AnswerType.REJECTED).withReason("Inspection failed: goods do not match the declaration"));
        });
    }

    private AnswerMessage answer(Lodgement lodged, DeclarationSubmission s, AnswerType type) {
        return AnswerMessage.about(UUID.randomUUID().toString(), lodged.reference(), s.declarationId(), s.version(),
                s.customsDeclarationNumber(), type, Instant.now(clock));
    }
}
