package vn.laocai.gate.events;

/**
 * A document attached to a declaration, as carried in events: its type (for example
 * {@code PHYTOSANITARY_CERTIFICATE}), the number printed on it, and its SHA-256 when a file was uploaded.
 */
public record DocumentReference(String type, String number, String sha256) {
}
