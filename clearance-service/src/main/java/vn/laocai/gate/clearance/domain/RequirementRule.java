package vn.laocai.gate.clearance.domain;

import java.util.List;
import java.util.Set;

/**
 * One row of the requirement rules: for goods of the listed HS chapters ({@code *} for any), going
 * in a direction to (or from) a country ({@code *} for any), the documents and the steps required.
 */
public record RequirementRule(List<String> hsChapters, String direction, String country,
                              Set<DocumentType> documents, Set<ClearanceStep> steps) {

    public static final String ANY = "*";

    boolean matches(String hsChapter, Direction declaredDirection, String declaredCountry) {
        return (hsChapters.contains(ANY) || hsChapters.contains(hsChapter))
                && (ANY.equals(direction) || direction.equals(declaredDirection.name()))
                && (ANY.equals(country) || country.equals(declaredCountry));
    }
}
