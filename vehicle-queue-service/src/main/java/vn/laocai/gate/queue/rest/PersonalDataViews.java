package vn.laocai.gate.queue.rest;

import io.quarkus.security.identity.SecurityIdentity;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.support.privacy.PersonalData;
import vn.laocai.gate.support.security.Roles;

/**
 * Who reads a driver's document number in full, in every view of this service: the border guard, who
 * checks it, and the booking's own account; every other officer sees it masked ({@link PersonalData#mask}).
 * The phone is never shown by this service's views.
 */
final class PersonalDataViews {

    private PersonalDataViews() {
    }

    static boolean mayReadDocument(SecurityIdentity identity, Booking booking) {
        return identity.hasRole(Roles.BORDER_GUARD) || booking.ownerAccount().equals(identity.getPrincipal().getName());
    }

    static String document(String documentNumber, boolean entitled) {
        return PersonalData.show(documentNumber, entitled);
    }
}
