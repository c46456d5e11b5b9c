package vn.laocai.gate.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import vn.laocai.gate.infra.FreePorts;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A real SMTP server (GreenMail) for the e-mail tests; the mailer of the service under test sends to it. */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    private static GreenMail mail;

    @Override
    public Map<String, String> start() {
        int port = FreePorts.next();
        mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port));
    }

    /** The messages received for {@code address}. */
    public static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Override
    public void stop() {
        if (mail != null) {
            mail.stop();
        }
    }
}
