package vn.laocai.gate.queue.rest;

import io.quarkus.security.identity.SecurityIdentity;
import vn.laocai.gate.queue.application.Caller;
import vn.laocai.gate.queue.domain.Plate;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.security.Roles;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Small helpers the resources share: who calls, and the parsing of codes and plates. */
final class Callers {

    private Callers() {
    }

    static Caller of(SecurityIdentity identity) {
        boolean officer = identity.hasRole(Roles.GATE_OFFICER) || identity.hasRole(Roles.BORDER_GUARD)
                || identity.hasRole(Roles.CUSTOMS_OFFICER) || identity.hasRole(Roles.SUPERVISOR);
        return new Caller(identity.getPrincipal().getName(), officer);
    }

    static String code(String raw) {
        return raw.strip().toUpperCase(Locale.ROOT);
    }

    /** A local day as {@code 2026-06-15}; 400 naming {@code field} when absent or malformed. */
    static LocalDate day(String field, String raw) {
        try {
            return LocalDate.parse(raw == null ? "" : raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "'" + raw + "' is not a day such as 2026-06-15").saying("not-a-date", "value", raw);
        }
    }

    static Plate plate(String field, String raw) {
        return Plate.parse(raw).orElseThrow(() -> new InvalidValueException(field,
                "'" + raw + "' is not a Vietnamese plate such as 24C-123.45 or a Chinese plate such as 云G·12345").saying("not-a-plate", "value", raw));
    }
}
