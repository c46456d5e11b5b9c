package vn.laocai.gate.customs.agency;

import jakarta.ws.rs.Path;
import io.quarkus.rest.client.reactive.ClientBasicAuth;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The port to the border guard's system (rest client {@code border-guard}): announce a vehicle and
 * its driver at the gate ({@link BorderCrossingRequest}), poll the immigration check. No callbacks.
 */
@ClientBasicAuth(username = "${gate.customs.border-guard.username}", password = "${gate.customs.border-guard.password}")
@RegisterRestClient(configKey = "border-guard")
@Path("/border-guard/v1/crossings")
public interface BorderGuardClient extends AgencyApi {
}
