package vn.laocai.gate.customs.agency;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The port to the border guard's system (rest client {@code border-guard}): announce a vehicle and
 * its driver at the gate ({@link BorderCrossingRequest}), poll the immigration check. No callbacks.
 */
@RegisterRestClient(configKey = "border-guard")
@Path("/border-guard/v1/crossings")
public interface BorderGuardClient extends AgencyApi {
}
