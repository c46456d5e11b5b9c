package vn.laocai.gate.notification.domain;

import java.util.List;
import java.util.Optional;

/** Recipients' preferences, and who claims a driver's document or an enterprise's tax code. */
public interface PreferencesRepository {

    Optional<Preferences> find(String account);

    void add(Preferences preferences);

    List<Preferences> byDriverDocument(String document);

    List<Preferences> byTaxCode(String taxCode);
}
