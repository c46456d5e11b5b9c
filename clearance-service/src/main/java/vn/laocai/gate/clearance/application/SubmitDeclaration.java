package vn.laocai.gate.clearance.application;

import vn.laocai.gate.clearance.domain.DeclarationData;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A trader's declaration (or amendment), validated for form; the service checks it against what the
 * platform knows. {@code shareCodes}, aligned with the booking codes, are the drivers' share codes
 * that consent to the links; null when none were given.
 */
public record SubmitDeclaration(String account, DeclarationData data, List<String> shareCodes) {

    public SubmitDeclaration {
        shareCodes = shareCodes == null ? null : Collections.unmodifiableList(new ArrayList<>(shareCodes));
    }
}
