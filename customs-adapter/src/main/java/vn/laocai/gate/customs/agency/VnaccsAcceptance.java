package vn.laocai.gate.customs.agency;

/** VNACCS took a declaration in under {@code agencyReference}. */
public record VnaccsAcceptance(String agencyReference, String status) {
}
