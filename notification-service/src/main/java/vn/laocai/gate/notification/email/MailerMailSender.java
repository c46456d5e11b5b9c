package vn.laocai.gate.notification.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laocai.gate.notification.application.MailSender;

import java.util.Locale;

/**
 * E-mail over SMTP with the Quarkus mailer ({@code quarkus.mailer.*}: host, port, from, TLS). Each message carries the
 * {@code Message-ID} {@code <reference@domain>} (RFC 5322), the domain being the sender's ({@code quarkus.mailer.from}),
 * so that a retry of the same delivery is the same message to the mail server and the recipient's client.
 */
@ApplicationScoped
public class MailerMailSender implements MailSender {

    private final Mailer mailer;
    private final String domain;

    public MailerMailSender(Mailer mailer, @ConfigProperty(name = "quarkus.mailer.from") String from) {
        this.mailer = mailer;
        this.domain = domainOf(from);
    }

    /** The domain of a sender such as {@code Kim Thanh gate <no-reply@gate.laocai.vn>}. */
    static String domainOf(String from) {
        String address = from.contains("<") ? from.substring(from.lastIndexOf('<') + 1, from.lastIndexOf('>')) : from;
        int at = address.lastIndexOf('@');
        return at < 0 ? "localhost" : address.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }

    /** The {@code Message-ID} of the message sent under {@code reference}. */
    public String messageId(String reference) {
        return "<" + reference + "@" + domain + ">";
    }

    @Override
    public void send(String reference, String to, String subject, String text) {
        mailer.send(Mail.withText(to, subject, text).addHeader("Message-ID", messageId(reference)));
    }
}
