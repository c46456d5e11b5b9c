package vn.laocai.gate.notification.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.laocai.gate.notification.application.SmsGateway;

/**
 * The {@link SmsGateway} over HTTP. A 4xx (but 401, 403, 408, 429) is the gateway refusing the message (final);
 * a 5xx, those four, or no answer at all is worth another attempt.
 */
@ApplicationScoped
public class HttpSmsGateway implements SmsGateway {

    private final SmsApi api;

    public HttpSmsGateway(@RestClient SmsApi api) {
        this.api = api;
    }

    @Override
    public Accepted send(String to, String text, String encoding, String clientRef) {
        try {
            SmsApi.Accepted accepted = api.send(new SmsApi.Message(to, text, encoding, clientRef));
            return new Accepted(accepted.messageId(), accepted.segments());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            boolean permanent = status / 100 == 4 && status != 401 && status != 403 && status != 408 && status != 429;
            throw new GatewayException("SMS gateway answered HTTP " + status, permanent);
        } catch (ProcessingException e) {
            throw new GatewayException("SMS gateway unreachable: " + e.getMessage(), false);
        }
    }

    @Override
    public java.util.Optional<Receipt> receipt(String messageId) {
        try {
            SmsApi.Status status = api.status(messageId);
            return switch (status.status() == null ? "" : status.status()) {
                case "DELIVERED" -> java.util.Optional.of(new Receipt(true, null));
                case "FAILED" -> java.util.Optional.of(new Receipt(false, status.reason()));
                default -> java.util.Optional.empty();
            };
        } catch (WebApplicationException e) {
            throw new GatewayException("SMS gateway answered HTTP " + e.getResponse().getStatus() + " for " + messageId, false);
        } catch (ProcessingException e) {
            throw new GatewayException("SMS gateway unreachable: " + e.getMessage(), false);
        }
    }
}
