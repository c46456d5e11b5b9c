package vn.laocai.gate.clearance.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.clearance.config.ClearanceConfig;
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
 */
@ApplicationScoped
public class PendingBookingLinks {

    private static final Logger LOG = Logger.getLogger(PendingBookingLinks.class);

    private final DeclarationRepository declarations;
    private final DeclarationChanges changes;
    private final ClearanceConfig config;
    private final Clock clock;

    public PendingBookingLinks(DeclarationRepository declarations, DeclarationChanges changes, ClearanceConfig config, Clock clock) {
        this.declarations = declarations;
        this.changes = changes;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${gate.clearance.booking-link.check-every:1m}", delayed = "10s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        expireAt(Instant.now(clock));
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
