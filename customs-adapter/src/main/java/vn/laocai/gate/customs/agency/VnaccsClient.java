package vn.laocai.gate.customs.agency;

import jakarta.ws.rs.Path;
import io.quarkus.rest.client.reactive.ClientBasicAuth;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The port to Vietnam customs VNACCS/VCIS (rest client {@code vnaccs}): lodge a declaration
 * ({@link VnaccsSubmission}), poll its answers. Customs also pushes answers by callback.
 */
@ClientBasicAuth(username = "${gate.customs.vnaccs.username}", password = "${gate.customs.vnaccs.password}")
@RegisterRestClient(configKey = "vnaccs")
@Path("/vnaccs/v1/declarations")
public interface VnaccsClient extends AgencyApi {
}
