package vn.laocai.gate.notification.domain;

import java.util.Optional;

/** Recipients' preferences, one per account. */
public interface PreferencesRepository {

    Optional<Preferences> find(String account);

    void add(Preferences preferences);
}
