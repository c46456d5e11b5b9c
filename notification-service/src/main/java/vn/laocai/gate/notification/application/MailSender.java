package vn.laocai.gate.notification.application;

/** Sends e-mail (SMTP through the Quarkus mailer). */
public interface MailSender {

    /**
     * Sends one message; throws when the mail server cannot be reached or refuses it. {@code reference} names the
     * message ({@code Message-ID}): each retry of one delivery gives the same, so a repeated send is the same message.
     */
    void send(String reference, String to, String subject, String text);
}
