package vn.laocai.gate.simulator.customs;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.laocai.gate.simulator.agency.Acceptance;
import vn.laocai.gate.simulator.agency.AgencySystem;
import vn.laocai.gate.simulator.agency.AnswerMessage;
import vn.laocai.gate.simulator.agency.AnswerType;
import vn.laocai.gate.simulator.agency.Channel;
import vn.laocai.gate.simulator.agency.Rejection;
import vn.laocai.gate.simulator.agency.SubmissionRejectedException;
import vn.laocai.gate.simulator.config.Randomness;
import vn.laocai.gate.simulator.config.SimulatorConfig;
import vn.laocai.gate.simulator.desk.Desk;
import vn.laocai.gate.simulator.desk.Desks;
import vn.laocai.gate.simulator.desk.Lodgement;

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
    private final double inspectionFailShare;
    private final ChannelPicker channels;
    private final Desk desk;
    private final Clock clock = Clock.systemUTC();

    public CustomsDesk(SimulatorConfig config, Randomness randomness, Desks desks) {
        this.config = config.customs();
        this.inspectionFailShare = randomness.inspectionFailShare();
        Randomness.ChannelWeights mix = randomness.channelMix();
        this.channels = new ChannelPicker(randomness.seed(), mix.green(), mix.yellow(), mix.red());
        this.desk = desks.of(AgencySystem.VNACCS);
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
        return desk.lodge(submission.submissionId(), submission.declarationId(), submission.version(), submission,
                config.channelDelay(), l -> assignChannel(l, submission));
    }

    /** At start, the declarations taken in before a restart go on from their last answer. */
    void resume(@Observes StartupEvent start) {
        desk.resume(DeclarationSubmission.class, this::resume);
    }

    private boolean resume(Lodgement lodged, DeclarationSubmission s, List<AnswerMessage> answered) {
        if (answered.stream().anyMatch(a -> a.type() == AnswerType.RELEASED || a.type() == AnswerType.REJECTED)) {
            return false;
        }
        Optional<Channel> channel = answered.stream().filter(a -> a.type() == AnswerType.CHANNEL_ASSIGNED)
                .map(AnswerMessage::channel).findFirst();
        Optional<AnswerMessage> inspected = answered.stream()
                .filter(a -> a.type() == AnswerType.INSPECTION_COMPLETED).findFirst();
        if (channel.isEmpty()) {
            desk.after(config.channelDelay(), () -> assignChannel(lodged, s));
        } else if (inspected.isPresent()) {
            desk.after(Duration.ZERO, () -> decide(lodged, s, channel.get(), "PASSED".equals(inspected.get().result())));
        } else {
            afterChannel(lodged, s, channel.get());
        }
        return true;
    }

    /** Every answer given so far for a reference; empty when the reference is unknown. */
    public Optional<List<AnswerMessage>> answers(String agencyReference) {
        return desk.answers(agencyReference);
    }

    private void assignChannel(Lodgement lodged, DeclarationSubmission s) {
        Channel channel = channels.next();
        desk.answer(lodged, answer(lodged, s, AnswerType.CHANNEL_ASSIGNED).withChannel(channel));
        afterChannel(lodged, s, channel);
    }

    private void afterChannel(Lodgement lodged, DeclarationSubmission s, Channel channel) {
        if (channel == Channel.GREEN) {
            desk.after(config.releaseDelay().green(),
                    () -> desk.answer(lodged, answer(lodged, s, AnswerType.RELEASED).withChannel(channel)));
            return;
        }
        Duration inspection = channel == Channel.YELLOW ? config.releaseDelay().yellow() : config.releaseDelay().red();
        boolean passed = desk.draw() >= inspectionFailShare;
        desk.after(inspection, () -> {
            desk.answer(lodged, answer(lodged, s, AnswerType.INSPECTION_COMPLETED).withResult(passed ? "PASSED" : "FAILED",
                    passed ? null : "Goods do not match the declared description"));
            decide(lodged, s, channel, passed);
        });
    }

    private void decide(Lodgement lodged, DeclarationSubmission s, Channel channel, boolean passed) {
        desk.answer(lodged, passed ? answer(lodged, s, AnswerType.RELEASED).withChannel(channel)
                : answer(lodged, s, AnswerType.REJECTED).withReason("Inspection failed: goods do not match the declaration"));
    }

    private AnswerMessage answer(Lodgement lodged, DeclarationSubmission s, AnswerType type) {
        return AnswerMessage.about(UUID.randomUUID().toString(), lodged.reference(), s.declarationId(), s.version(),
                s.customsDeclarationNumber(), type, Instant.now(clock));
    }
}
