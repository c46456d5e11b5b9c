package vn.laocai.gate.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Recipients' preferences, and who claims a driver's document or an enterprise's tax code. */
public interface PreferencesRepository {

    Optional<Preferences> find(String account);

    void add(Preferences preferences);

    List<Preferences> byDriverDocument(String document);

    List<Preferences> byTaxCode(String taxCode);

    /** Erases one account's preferences (its contacts, document and tax codes with them). */
    void remove(Preferences preferences);

    /**
     * Erases at most {@code limit} preferences unused since {@code before}: unchanged since, and no notice came since
     * to the account or to the driver or enterprises it claims. Their accounts.
     */
    List<String> eraseUnusedBefore(Instant before, int limit);
}
