package vn.laocai.gate.notification.application;

/** Sends e-mail (SMTP through the Quarkus mailer). */
public interface MailSender {

    /** Sends one message; throws when the mail server cannot be reached or refuses it. */
    void send(String to, String subject, String text);
}
