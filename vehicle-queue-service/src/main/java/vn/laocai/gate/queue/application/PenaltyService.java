package vn.laocai.gate.queue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.BookingBlock;
import vn.laocai.gate.queue.domain.PenaltyRepository;
import vn.laocai.gate.queue.domain.PenaltyRule;
import vn.laocai.gate.queue.domain.Plate;
import vn.laocai.gate.queue.domain.Strike;
import vn.laocai.gate.queue.domain.StrikeKind;
import vn.laocai.gate.support.audit.AuditTrail;
import vn.laocai.gate.support.domain.NotFoundException;
import vn.laocai.gate.support.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use cases of the fair penalties: a no-show or a late cancellation counted against the booking's account (or carrier)
 * and vehicle, the block it may lead to (audited {@code BOOKING_BLOCKED}), the refusal of a blocked booking, a person's
 * own standing, and an officer lifting a block with a reason (audited {@code BOOKING_BLOCK_LIFTED}); the start and the lift of
 * a block are published ({@code BookingBlocked}, {@code BookingBlockLifted}) through the outbox, for the notices. Runs in the
 * caller's transaction (the sweep's, the cancellation's, the booking's).
 */
@ApplicationScoped
public class PenaltyService {

    private static final Logger LOG = Logger.getLogger(PenaltyService.class);
    /** Who the audit trail names for a block the rules made. */
    static final String RULES = "booking-rules";

    private final PenaltyRepository penalties;
    private final PenaltyRule rule;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    public PenaltyService(PenaltyRepository penalties, PenaltyRule rule, AuditTrail audit, Outbox outbox, Clock clock) {
        this.penalties = penalties;
        this.rule = rule;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A subject's standing: its no-shows and late cancellations within the window, and the block in force, if any. */
    public record Standing(String subject, long noShows, long lateCancellations, int noShowLimit, int lateCancellationLimit,
                           Instant countedFrom, Optional<BookingBlock> block) {
    }

    /** The booking's vehicle never came: counted against its account and vehicle; true when a new block followed. */
    @Transactional
    public boolean noShow(Booking booking, Instant now) {
        return strike(booking, StrikeKind.NO_SHOW, now);
    }

    /** The booking's side gave it up: counted when it is late (less than the configured time before the slot). */
    @Transactional
    public boolean cancelled(Booking booking, Instant now) {
        return rule.isLate(booking.window().start(), now) && strike(booking, StrikeKind.LATE_CANCELLATION, now);
    }

    private boolean strike(Booking booking, StrikeKind kind, Instant at) {
        // as PostgreSQL keeps it (microseconds), so that the strike read back is not later than the moment it counts at
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        boolean blocked = false;
        for (String subject : PenaltyRule.subjectsOf(booking)) {
            penalties.lock(subject);
            if (!penalties.addStrike(new Strike(subject, kind, booking.code(), now))) {
                continue;
            }
            Instant from = rule.countsFrom(now);
            List<Strike> strikes = penalties.strikesSince(subject, from);
            List<BookingBlock> blocks = penalties.blocksSince(List.of(subject), from);
            Optional<BookingBlock> block = rule.blockFor(subject, kind, strikes, blocks, now);
            if (block.isPresent()) {
                penalties.addBlock(block.get());
                outbox.record(block.get().blockedEvent(rule.counted(subject, kind, strikes, blocks, now), rule.windowDays()));
                audit.record(RULES, "BOOKING_BLOCKED", subject, kind.name(), Map.of("strikes", block.get().strikes(),
                        "until", block.get().blockedUntil().toString(), "booking", booking.code()));
                LOG.infof("%s blocked from booking until %s: %d %s", subject, block.get().blockedUntil(), block.get().strikes(), kind);
                blocked = true;
            }
        }
        return blocked;
    }

    /** Refuses a booking of {@code plate} for the account (or carrier) while either is blocked ({@code booking-blocked}). */
    public void requireNotBlocked(String account, String carrier, Plate plate, Instant now) {
        PenaltyRule.requireNotBlocked(penalties.blocksSince(List.of(PenaltyRule.accountSubject(account, carrier),
                PenaltyRule.plateSubject(plate)), now), now);
    }

    /** The standing of an account ({@code carrier} null) or of a carrier. */
    @Transactional
    public Standing standing(String account, String carrier) {
        Instant now = Instant.now(clock);
        String subject = PenaltyRule.accountSubject(account, carrier);
        Instant from = rule.countsFrom(now);
        List<BookingBlock> blocks = penalties.blocksSince(List.of(subject), from);
        Instant since = rule.countsFrom(blocks, now);
        List<Strike> strikes = new ArrayList<>(penalties.strikesSince(subject, since));
        return new Standing(subject, strikes.stream().filter(s -> s.kind() == StrikeKind.NO_SHOW).count(),
                strikes.stream().filter(s -> s.kind() == StrikeKind.LATE_CANCELLATION).count(), rule.noShows(), rule.lateCancellations(),
                since, blocks.stream().filter(b -> b.isActive(now)).findFirst());
    }

    /** The blocks in force, latest first. */
    @Transactional
    public List<BookingBlock> active() {
        return penalties.active(Instant.now(clock), 200);
    }

    /** A gate officer lifts a block with a reason, audited {@code BOOKING_BLOCK_LIFTED}. */
    @Transactional
    public BookingBlock lift(long id, String officer, String reason) {
        BookingBlock block = penalties.findBlock(id).orElseThrow(() -> new NotFoundException("Booking block", String.valueOf(id)));
        penalties.lock(block.subject());
        block.lift(officer, reason, Instant.now(clock));
        outbox.record(block.liftedEvent(rule.ledTo(block, penalties.strikesSince(block.subject(),
                rule.countsFrom(block.blockedAt())))));
        audit.record(officer, "BOOKING_BLOCK_LIFTED", block.subject(), reason, Map.of("block", id, "until", block.blockedUntil().toString()));
        return block;
    }
}
