package vn.laocai.gate.customs.application;

import vn.laocai.gate.customs.domain.CustomsAnswer;
import vn.laocai.gate.events.DeclarationSubmitted;

import java.util.List;
import java.util.UUID;

/** The customs system seen from the adapter. Any failure other than a rejection means "try again later". */
public interface CustomsAgency {

    /**
     * Lodges the declaration; {@code submissionId} makes a repeat harmless at the agency.
     *
     * @return the agency's reference of the declaration
     * @throws AgencyRejectedException when the agency refuses the declaration as it stands
     */
    String submit(UUID submissionId, DeclarationSubmitted declaration);

    /**
     * Every answer the agency has given so far under its reference.
     *
     * @throws AgencyRejectedException when the agency does not know the reference
     */
    List<CustomsAnswer> answers(String agencyReference);
}
