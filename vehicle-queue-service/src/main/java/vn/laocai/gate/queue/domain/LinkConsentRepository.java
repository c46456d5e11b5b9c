package vn.laocai.gate.queue.domain;

import java.util.Optional;

/** Where the consents to link consignments to bookings are kept. */
public interface LinkConsentRepository {

    void add(LinkConsent consent);

    /** The current (not withdrawn) consent of a booking, if any. */
    Optional<LinkConsent> current(String bookingCode);

    /** Writes pending changes (a withdrawal before the consent replacing it is inserted). */
    void flush();
}
