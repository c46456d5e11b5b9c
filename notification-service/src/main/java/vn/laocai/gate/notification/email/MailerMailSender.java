package vn.laocai.gate.notification.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import vn.laocai.gate.notification.application.MailSender;

/** E-mail over SMTP with the Quarkus mailer ({@code quarkus.mailer.*}: host, port, from, TLS). */
@ApplicationScoped
public class MailerMailSender implements MailSender {

    private final Mailer mailer;

    public MailerMailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(String to, String subject, String text) {
        mailer.send(Mail.withText(to, subject, text));
    }
}
