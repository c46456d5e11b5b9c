package vn.laocai.gate.clearance.application;

import vn.laocai.gate.clearance.domain.DeclarationData;

/** A trader's declaration (or amendment), validated for form; the service checks it against what the platform knows. */
public record SubmitDeclaration(String account, DeclarationData data) {
}
