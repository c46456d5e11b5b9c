package vn.laocai.gate.clearance.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.clearance.config.ClearanceConfig;
import vn.laocai.gate.clearance.domain.BookingLink;
import vn.laocai.gate.clearance.domain.ClearancePolicy;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DeclarationRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Ends the links that stayed pending too long: a booking clearance has not heard of within
 * {@code gate.clearance.booking-link.wait} of being named (nor of its driver's consent) is refused on the
 * declaration ({@link Declaration#pendingLinksExpired}), and the trader names another booking. Several
 * instances may run it at once: a declaration changed meanwhile by another fails its optimistic lock and
 * is refused at the next run.
 * <p>
 * It also links what the events could not: the event that tells clearance of a booking or of its consent
 * can be applied while a declaration naming that booking is still being written in another transaction,
 * so the event's own check finds nothing pending yet, and the declaration, committed a moment later, would
 * wait for an event that already came. Each run settles the pending links whose booking and consent
 * clearance knows by then ({@link #settleHeard}).
 */
@ApplicationScoped
public class PendingBookingLinks {

    private static final Logger LOG = Logger.getLogger(PendingBookingLinks.class);

    private final DeclarationRepository declarations;
    private final DeclarationChanges changes;
    private final ClearanceConfig config;
    private final ClearancePolicy policy;
    private final Clock clock;

    public PendingBookingLinks(DeclarationRepository declarations, DeclarationChanges changes, ClearanceConfig config,
                               ClearancePolicy policy, Clock clock) {
        this.declarations = declarations;
        this.changes = changes;
        this.config = config;
        this.policy = policy;
        this.clock = clock;
    }

    @Scheduled(every = "${gate.clearance.booking-link.check-every:10s}", delayed = "10s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        Instant now = Instant.now(clock);
        settleHeard(now);
        expireAt(now);
    }

    /**
     * Settles the links still pending at {@code now} whose booking, and its consent, clearance has heard of
     * ({@link Declaration#bookingHeard}): linked, or refused when the consent does not match.
     *
     * @return how many declarations had a link settled
     */
    @Transactional
    public int settleHeard(Instant now) {
        var standings = DeclarationService.standings(declarations);
        int settled = 0;
        for (Declaration declaration : declarations.withLinksPendingSince(now)) {
            boolean changed = false;
            for (String code : declaration.links().stream().filter(BookingLink::isPending).map(BookingLink::bookingCode).toList()) {
                if (declaration.bookingHeard(code, standings, policy, now)) {
                    LOG.infof("Declaration %s: pending link to %s settled by the periodic check", declaration.id(), code);
                    changed = true;
                }
            }
            if (changed) {
                changes.publish(declaration);
                settled++;
            }
        }
        return settled;
    }

    /**
     * Refuses the links still pending at {@code now} since longer than the configured wait.
     *
     * @return how many declarations had a link refused
     */
    @Transactional
    public int expireAt(Instant now) {
        Duration wait = config.bookingLink().waitFor();
        int refused = 0;
        for (Declaration declaration : declarations.withLinksPendingSince(now.minus(wait))) {
            if (declaration.pendingLinksExpired(wait, now)) {
                LOG.infof("Declaration %s: a booking link stayed pending past %s and was refused", declaration.id(), wait);
                changes.publish(declaration);
                refused++;
            }
        }
        return refused;
    }
}
