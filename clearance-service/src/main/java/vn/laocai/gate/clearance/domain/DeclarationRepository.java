package vn.laocai.gate.clearance.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where declarations and the bookings they may travel on are kept. */
public interface DeclarationRepository {

    void add(Declaration declaration);

    Optional<Declaration> find(UUID id);

    boolean declarationNumberExists(String customsDeclarationNumber);

    List<Declaration> listByOwner(String account, int limit);

    List<Declaration> listRecent(int limit);

    List<Declaration> findByBooking(String bookingCode);

    Optional<KnownBooking> findBooking(String code);

    void addBookingIfAbsent(KnownBooking booking);
}
