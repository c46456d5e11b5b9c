package vn.laocai.gate.customs.agency;

import jakarta.ws.rs.Path;
import io.quarkus.rest.client.reactive.ClientBasicAuth;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The port to the National Single Window (rest client {@code nsw}): ask for the verification of an
 * e-C/O or e-Phyto ({@link CertificateVerificationRequest}), poll the result. No callbacks.
 */
@ClientBasicAuth(username = "${gate.customs.nsw.username}", password = "${gate.customs.nsw.password}")
@RegisterRestClient(configKey = "nsw")
@Path("/nsw/v1/certificate-verifications")
public interface SingleWindowClient extends AgencyApi {
}
