package vn.laocai.gate.clearance.domain;

import vn.laocai.gate.support.domain.NotFoundException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where declarations, the bookings they may travel on and the drivers' consents to link them are kept. */
public interface DeclarationRepository {

    void add(Declaration declaration);

    Optional<Declaration> find(UUID id);

    /** @throws NotFoundException when there is no such declaration */
    default Declaration existing(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("Declaration", id.toString()));
    }

    /** @throws NotFoundException when there is no such declaration of the account's (the two are not told apart) */
    default Declaration owned(UUID id, String account) {
        return find(id).filter(d -> d.isOwnedBy(account)).orElseThrow(() -> new NotFoundException("Declaration", id.toString()));
    }

    boolean declarationNumberExists(String customsDeclarationNumber);

    List<Declaration> listByOwner(String account, int limit);

    List<Declaration> listRecent(int limit);

    List<Declaration> findByBooking(String bookingCode);

    /** Declarations with a link to a booking still pending since before {@code namedBefore}. */
    List<Declaration> withLinksPendingSince(Instant namedBefore);

    Optional<KnownBooking> findBooking(String code);

    void addBookingIfAbsent(KnownBooking booking);

    /** The driver's consent by its id. */
    Optional<BookingConsent> findConsent(String consentId);

    /** Every consent known of a booking (given or only withdrawn); {@link BookingConsent#current} tells which stands. */
    List<BookingConsent> consentsOf(String bookingCode);

    void addConsent(BookingConsent consent);

    /**
     * Writes the changes now, so that a concurrent change of the same declaration fails here (as an
     * optimistic lock conflict the caller may retry) rather than at commit.
     */
    void flush();

    /** The mean time each kind of step took to finish since {@code since}, for steps with at least {@code minSamples}. */
    Map<ClearanceStep, Duration> meanStepDurations(Instant since, int minSamples);

    /** Per step and open state (neither done nor failed nor not required), how many open cases stand there and for how long (mean and longest). */
    List<StepDwell> dwellTimes(Instant now);

    /** The same, of the open steps that started in [{@code from}, {@code to}) only. */
    List<StepDwell> dwellTimes(Instant now, Instant from, Instant to);

    /** Open cases in one state of one step: how many, and their mean and longest time there so far. */
    record StepDwell(ClearanceStep step, StepState state, long cases, Duration mean, Duration longest) {
    }
}
