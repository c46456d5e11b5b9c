package vn.laocai.gate.customs.agency;

import jakarta.ws.rs.Path;
import io.quarkus.rest.client.reactive.ClientBasicAuth;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The port to the plant/animal quarantine system (rest client {@code quarantine}): register a
 * consignment for inspection ({@link QuarantineRequest}), poll its decisions. It also pushes them by callback.
 */
@ClientBasicAuth(username = "${gate.customs.quarantine.username}", password = "${gate.customs.quarantine.password}")
@RegisterRestClient(configKey = "quarantine")
@Path("/quarantine/v1/inspection-requests")
public interface QuarantineClient extends AgencyApi {
}
