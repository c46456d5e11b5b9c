package vn.laocai.gate.simulator.customs;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.laocai.gate.simulator.callback.CallbackSender;
import vn.laocai.gate.simulator.config.SimulatorConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Simulated VNACCS/VCIS: accepts declarations, assigns a channel after a delay, releases after a
 * further delay, and pushes each answer to the sender's callback while keeping it for polling.
 * State is held in memory only: a restart forgets every declaration.
 */
@ApplicationScoped
public class CustomsDesk {

    private static final Logger LOG = Logger.getLogger(CustomsDesk.class);

    private final Map<String, Lodged> bySubmission = new ConcurrentHashMap<>();
    private final Map<String, Lodged> byReference = new ConcurrentHashMap<>();
    private final SimulatorConfig.Customs config;
    private final ChannelPicker channels;
    private final Timers timers;
    private final CallbackSender callbacks;
    private final Clock clock = Clock.systemUTC();

    public CustomsDesk(SimulatorConfig config, Timers timers, CallbackSender callbacks) {
        this.config = config.customs();
        SimulatorConfig.ChannelMix mix = config.customs().channelMix();
        this.channels = new ChannelPicker(config.seed(), mix.green(), mix.yellow(), mix.red());
        this.timers = timers;
        this.callbacks = callbacks;
    }

    /**
     * Lodges a declaration, or returns the earlier acceptance when the submission id was seen before
     * (nothing new is scheduled then).
     *
     * @throws SubmissionRejectedException when the declaration breaks a VNACCS rule
     */
    public Acceptance submit(DeclarationSubmission submission) {
        List<Rejection.Error> errors = SubmissionRules.check(submission);
        if (!errors.isEmpty()) {
            throw new SubmissionRejectedException(errors);
        }
        Lodged[] created = new Lodged[1];
        Lodged lodged = bySubmission.computeIfAbsent(submission.submissionId(),
                id -> created[0] = new Lodged(newReference(), submission));
        if (created[0] != null) {
            byReference.put(lodged.reference, lodged);
            LOG.infof("Accepted declaration %s v%d (%s) as %s", submission.declarationId(), submission.version(),
                    submission.customsDeclarationNumber(), lodged.reference);
            timers.after(config.channelDelay(), () -> assignChannel(lodged));
        }
        return Acceptance.of(lodged.reference);
    }

    /** Every answer given so far for a reference; empty when the reference is unknown. */
    public Optional<List<AnswerMessage>> answers(String agencyReference) {
        return Optional.ofNullable(byReference.get(agencyReference)).map(l -> List.copyOf(l.answers));
    }

    private void assignChannel(Lodged lodged) {
        Channel channel = channels.next();
        answer(lodged, AnswerType.CHANNEL_ASSIGNED, channel);
        timers.after(releaseDelay(channel), () -> answer(lodged, AnswerType.RELEASED, channel));
    }

    private Duration releaseDelay(Channel channel) {
        return switch (channel) {
            case GREEN -> config.releaseDelay().green();
            case YELLOW -> config.releaseDelay().yellow();
            case RED -> config.releaseDelay().red();
        };
    }

    private void answer(Lodged lodged, AnswerType type, Channel channel) {
        DeclarationSubmission s = lodged.submission;
        AnswerMessage answer = new AnswerMessage(UUID.randomUUID().toString(), lodged.reference, s.declarationId(),
                s.version(), s.customsDeclarationNumber(), type, channel, Instant.now(clock));
        lodged.answers.add(answer);
        LOG.infof("%s %s for %s (%s)", type, channel, lodged.reference, s.customsDeclarationNumber());
        callbacks.deliver(s.callbackUrl(), answer);
    }

    private static String newReference() {
        byte[] random = new byte[6];
        new java.security.SecureRandom().nextBytes(random);
        return "VNACCS-" + HexFormat.of().withUpperCase().formatHex(random);
    }

    private static final class Lodged {
        final String reference;
        final DeclarationSubmission submission;
        final List<AnswerMessage> answers = new CopyOnWriteArrayList<>();

        Lodged(String reference, DeclarationSubmission submission) {
            this.reference = reference;
            this.submission = submission;
        }
    }
}
