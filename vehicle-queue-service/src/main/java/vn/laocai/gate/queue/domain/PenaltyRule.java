package vn.laocai.gate.queue.domain;

import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Fair penalties, as eCherha keeps them: an account (a driver's, or a carrier's for the bookings its dispatchers make)
 * and a vehicle are blocked from booking for {@code blockFor} once they reach {@code noShows} no-shows or
 * {@code lateCancellations} late cancellations (given up less than {@code lateWithin} before the slot's start) within
 * {@code window}. The counts are kept per subject: {@code account:<name>}, {@code carrier:<code>}, {@code plate:<plate>}.
 */
public record PenaltyRule(Duration window, int noShows, int lateCancellations, Duration lateWithin, Duration blockFor) {

    /** The subjects a booking's no-show or late cancellation counts against: its account (or carrier) and its vehicle. */
    public static List<String> subjectsOf(Booking booking) {
        return List.of(accountSubject(booking.ownerAccount(), booking.organisation()), plateSubject(booking.plate()));
    }

    /** The account a booking counts against: the carrier that booked it, else the account that owns it. */
    public static String accountSubject(String account, String carrier) {
        return carrier != null ? "carrier:" + carrier : "account:" + account;
    }

    public static String plateSubject(Plate plate) {
        return "plate:" + plate.value();
    }

    /** Whether giving up a booking of the slot starting at {@code slotStart} at {@code cancelledAt} is late. */
    public boolean isLate(Instant slotStart, Instant cancelledAt) {
        return cancelledAt.isAfter(slotStart.minus(lateWithin));
    }

    /** How many strikes of a kind make a block. */
    public int threshold(StrikeKind kind) {
        return kind == StrikeKind.NO_SHOW ? noShows : lateCancellations;
    }

    /** Where the window of strikes that count starts, as of {@code now}. */
    public Instant countsFrom(Instant now) {
        return now.minus(window);
    }

    /**
     * Since when strikes count, as of {@code now}: the window's start, or the start of the latest block that ended (lifted
     * or over) within it, since that block settled what led to it.
     */
    public Instant countsFrom(Collection<BookingBlock> blocks, Instant now) {
        Instant from = countsFrom(now);
        for (BookingBlock earlier : blocks) {
            if (!earlier.isActive(now) && earlier.blockedAt().isAfter(from)) {
                from = earlier.blockedAt();
            }
        }
        return from;
    }

    /**
     * The block a subject earns with its strikes of one kind as of {@code now}: when those within the window reach the
     * threshold and no block keeps it already. Strikes from before a block that was lifted or ended count no more (the
     * block settled them), so a lifted block does not come back with the next sweep.
     */
    public Optional<BookingBlock> blockFor(String subject, StrikeKind kind, Collection<Strike> strikes,
                                           Collection<BookingBlock> blocks, Instant now) {
        if (blocks.stream().anyMatch(b -> b.isActive(now))) {
            return Optional.empty();
        }
        long counted = counted(subject, kind, strikes, blocks, now).size();
        if (counted < threshold(kind)) {
            return Optional.empty();
        }
        return Optional.of(new BookingBlock(subject, kind, (int) counted, now, now.plus(blockFor)));
    }

    /** The subject's strikes of one kind that count as of {@code now} (after the latest block that ended), oldest first. */
    public List<Strike> counted(String subject, StrikeKind kind, Collection<Strike> strikes, Collection<BookingBlock> blocks, Instant now) {
        Instant since = countsFrom(blocks, now);
        return strikes.stream().filter(s -> s.kind() == kind && s.subject().equals(subject))
                .filter(s -> s.struckAt().isAfter(since))
                .sorted(java.util.Comparator.comparing(Strike::struckAt)).toList();
    }

    /** The strikes that led to {@code block}: of its cause, within the window before it began. */
    public List<Strike> ledTo(BookingBlock block, Collection<Strike> strikes) {
        Instant from = block.blockedAt().minus(window);
        return strikes.stream().filter(s -> s.kind() == block.cause() && s.subject().equals(block.subject()))
                .filter(s -> s.struckAt().isAfter(from) && !s.struckAt().isAfter(block.blockedAt()))
                .sorted(java.util.Comparator.comparing(Strike::struckAt)).toList();
    }

    /** The window in whole days, as the notices say it. */
    public int windowDays() {
        return (int) Math.max(1, window.toDays());
    }

    /** Refuses a booking while one of its subjects is blocked: {@code booking-blocked}, saying why and until when. */
    public static void requireNotBlocked(Collection<BookingBlock> blocks, Instant now) {
        blocks.stream().filter(b -> b.isActive(now)).findFirst().ifPresent(b -> {
            boolean vehicle = b.subject().startsWith("plate:");
            String who = vehicle ? "vehicle " + b.subject().substring("plate:".length()) : "this account";
            String why = b.cause() == StrikeKind.NO_SHOW ? "no-shows" : "late cancellations";
            throw new RuleViolation("booking-blocked", vehicle ? "plate" : null, who + " may not book until " + b.blockedUntil()
                    + ": " + b.strikes() + " " + why + " within the last days; a gate officer can lift the block")
                    .keyed((vehicle ? "vehicle." : "account.") + (b.cause() == StrikeKind.NO_SHOW ? "no-shows" : "late-cancellations"))
                    .with("until", b.blockedUntil()).with("count", b.strikes())
                    .with("plate", vehicle ? b.subject().substring("plate:".length()) : null);
        });
    }
}
