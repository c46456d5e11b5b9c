package vn.laocai.gate.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Recipients' preferences, one per account. */
public interface PreferencesRepository {

    Optional<Preferences> find(String account);

    void add(Preferences preferences);

    /** Erases one account's preferences (its contacts with them). */
    void remove(Preferences preferences);

    /**
     * Erases at most {@code limit} preferences unused since {@code before}: unchanged since, and no notice came since
     * to the account. Their accounts.
     */
    List<String> eraseUnusedBefore(Instant before, int limit);
}
