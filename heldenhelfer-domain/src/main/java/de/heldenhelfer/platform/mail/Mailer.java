package de.heldenhelfer.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends e-mail through the server's mail session {@code mail/heldenhelfer} (SMTP; the run and test
 * commands point it at the local mail catcher). Infrastructure, called by services that have
 * already checked permissions; it never decides who may send.
 */
@ApplicationScoped
public class Mailer {
  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Resource(lookup = "mail/heldenhelfer")
  Session session;

  /**
   * Sends one mail, UTF-8 encoded. Throws {@link MailFailedException} when the SMTP server refuses
   * or cannot be reached, so that callers can tell the user instead of pretending success.
   */
  public void send(OutgoingMail mail) {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom();
      for (String to : mail.to()) {
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
      }
      if (mail.replyTo() != null) {
        message.setReplyTo(new InternetAddress[] {new InternetAddress(mail.replyTo(), true)});
      }
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      String text = mail.text();
      if (mail.unsubscribeUrl() != null) {
        message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        text += "\n\n--\nAbmelden / unsubscribe: " + mail.unsubscribeUrl();
      }
      message.setText(text, StandardCharsets.UTF_8.name());
      message.setSentDate(Date.from(Instant.now()));
      Transport.send(message);
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "mail to " + mail.to() + " failed", e);
      throw new MailFailedException(e);
    }
  }
}
