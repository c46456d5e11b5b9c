package vn.laocai.gate.simulator.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.laocai.gate.simulator.clock.Timers;
import vn.laocai.gate.simulator.config.Randomness;
import vn.laocai.gate.simulator.store.JsonLines;
import vn.laocai.gate.simulator.store.Journals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The simulated SMS centre: takes messages in (idempotently by {@code clientRef}), counts their
 * segments, and after {@code simulator.sms.receipt-delay} delivers them or fails a share at random
 * (drawn from the simulator's seed; none under all-green), then hands the receipt on. An outage
 * switch refuses every message until it is switched off. Every message taken in and every receipt is
 * written to the journal {@value #JOURNAL} ({@link Journals}) before it is answered, and read back at
 * start: after a restart the messages and their receipts are still there, a repeated {@code clientRef}
 * gets the same message, and a message still waiting for its receipt gets it.
 */
@ApplicationScoped
public class SmsCentre {

    /** E.164: a plus, then 8 to 15 digits. */
    private static final java.util.regex.Pattern E164 = java.util.regex.Pattern.compile("\\+\\d{8,15}");
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";
    private static final int MAX_TEXT = 1600;

    private final Map<String, SmsMessage> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idByClientRef = new ConcurrentHashMap<>();
    private final AtomicLong numbers = new AtomicLong();
    private final AtomicBoolean down = new AtomicBoolean();
    private final SplittableRandom random;
    private final double failShare;
    private final SmsConfig config;
    private final Timers timers;
    private final Consumer<SmsMessage> receipts;
    private final Clock clock;
    private final JsonLines journal;

    /** The journal's file name in the simulator's store. */
    public static final String JOURNAL = "sms.jsonl";

    @Inject
    public SmsCentre(SmsConfig config, Randomness randomness, Timers timers, SmsReceipts receipts, Journals journals) {
        this(config, randomness, timers, receipts::send, Clock.systemUTC(), journals.named(JOURNAL));
    }

    SmsCentre(SmsConfig config, Randomness randomness, Timers timers, Consumer<SmsMessage> receipts, Clock clock) {
        this(config, randomness, timers, receipts, clock, JsonLines.none());
    }

    /** A centre that keeps its messages in {@code journal}, taking back those written before (each one's last state). */
    SmsCentre(SmsConfig config, Randomness randomness, Timers timers, Consumer<SmsMessage> receipts, Clock clock, JsonLines journal) {
        this.config = config;
        this.random = new SplittableRandom(randomness.seed() ^ 0x5_4D_53L);
        this.failShare = randomness.allGreen() ? 0 : config.failShare();
        this.timers = timers;
        this.receipts = receipts;
        this.clock = clock;
        this.journal = journal;
        for (SmsMessage message : journal.replay(SmsMessage.class)) {
            byId.put(message.messageId(), message);
            idByClientRef.putIfAbsent(message.clientRef(), message.messageId());
            numbers.accumulateAndGet(Long.parseLong(message.messageId().substring("SMS-".length())), Math::max);
        }
        byId.values().stream().filter(m -> m.completedAt() == null)
                .forEach(m -> timers.after(config.receiptDelay(), () -> complete(m.messageId())));
    }

    /** A message as sent to the gateway. */
    public record Submission(String to, String text, String encoding, String clientRef) {
    }

    /** A message taken in, and whether this call took it (false for a repeated clientRef). */
    public record Taken(SmsMessage message, boolean created) {
    }

    /** The gateway is switched off: every message refused until it is back. */
    public static class UnavailableException extends RuntimeException {
        UnavailableException() {
            super("SMS gateway unavailable (outage switched on)");
        }
    }

    /**
     * Takes a message in, or answers the one taken before under the same {@code clientRef}.
     *
     * @throws IllegalArgumentException naming the field that is wrong
     * @throws UnavailableException     while the outage switch is on
     */
    public Taken accept(Submission submission) {
        if (down.get()) {
            throw new UnavailableException();
        }
        String to = submission.to() == null ? "" : submission.to().trim();
        if (!E164.matcher(to).matches()) {
            throw new IllegalArgumentException("to: '" + submission.to() + "' is not an E.164 number such as +84912345678");
        }
        if (submission.text() == null || submission.text().isBlank()) {
            throw new IllegalArgumentException("text: required");
        }
        if (submission.text().length() > MAX_TEXT) {
            throw new IllegalArgumentException("text: at most " + MAX_TEXT + " characters");
        }
        if (submission.clientRef() == null || submission.clientRef().isBlank()) {
            throw new IllegalArgumentException("clientRef: required (the sender's reference, repeated in the receipt)");
        }
        String encoding = encoding(submission.encoding(), submission.text());
        boolean[] created = new boolean[1];
        String id = idByClientRef.computeIfAbsent(submission.clientRef(), ref -> {
            created[0] = true;
            String messageId = "SMS-%08d".formatted(numbers.incrementAndGet());
            SmsMessage message = new SmsMessage(messageId, to, submission.text(), encoding, segments(encoding, submission.text()),
                    ref, Instant.now(clock), "ACCEPTED", null, null);
            journal.append(message);
            byId.put(messageId, message);
            timers.after(config.receiptDelay(), () -> complete(messageId));
            return messageId;
        });
        return new Taken(byId.get(id), created[0]);
    }

    private void complete(String messageId) {
        boolean delivered;
        synchronized (random) {
            delivered = random.nextDouble() >= failShare;
        }
        boolean[] completed = new boolean[1];
        SmsMessage done = byId.computeIfPresent(messageId, (id, m) -> {
            if (m.completedAt() != null) {
                return m;
            }
            completed[0] = true;
            return m.completed(delivered, Instant.now(clock));
        });
        if (completed[0]) {
            journal.append(done);
            receipts.accept(done);
        }
    }

    /** The encoding asked for, or GSM7 when every character allows it (UCS2 otherwise). */
    static String encoding(String asked, String text) {
        if (asked != null && !asked.isBlank()) {
            String upper = asked.trim().toUpperCase(Locale.ROOT).replace("-", "");
            if (!upper.equals("GSM7") && !upper.equals("UCS2")) {
                throw new IllegalArgumentException("encoding: '" + asked + "' is neither GSM7 nor UCS2");
            }
            return upper;
        }
        boolean gsm = text.chars().allMatch(c -> c < 128 && c != '`' || "£¥èéùìòÇØøÅåΔΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà€".indexOf(c) >= 0);
        return gsm ? "GSM7" : "UCS2";
    }

    /** Segments on the air: 160 GSM-7 units (extension characters take two) or 70 UCS-2 units, else parts of 153 or 67. */
    static int segments(String encoding, String text) {
        boolean ucs2 = encoding.equals("UCS2");
        int units = ucs2 ? text.length() : text.length() + (int) text.chars().filter(c -> GSM_EXTENSION.indexOf(c) >= 0).count();
        int single = ucs2 ? 70 : 160;
        int part = ucs2 ? 67 : 153;
        return units <= single ? 1 : (units + part - 1) / part;
    }

    public Optional<SmsMessage> find(String messageId) {
        return Optional.ofNullable(byId.get(messageId));
    }

    /** What the gateway took in, oldest first, to one number or to all. */
    public List<SmsMessage> received(String to) {
        List<SmsMessage> all = new ArrayList<>(byId.values());
        all.removeIf(m -> to != null && !to.isBlank() && !m.to().equals(to.trim()));
        all.sort(Comparator.comparing(SmsMessage::messageId));
        return all;
    }

    public void outage(boolean on) {
        down.set(on);
    }

    public boolean isDown() {
        return down.get();
    }
}
