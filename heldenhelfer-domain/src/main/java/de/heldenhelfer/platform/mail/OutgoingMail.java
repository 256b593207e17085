package de.heldenhelfer.platform.mail;

import java.util.List;

/**
 * One e-mail the platform sends: plain text, to one or more recipients. A newsletter-like mail
 * carries an unsubscribe link, which becomes the {@code List-Unsubscribe} header and a footer line.
 */
public record OutgoingMail(
    List<String> to, String replyTo, String subject, String text, String unsubscribeUrl) {
  public OutgoingMail {
    to = List.copyOf(to);
    if (to.isEmpty()) {
      throw new IllegalArgumentException("a mail needs a recipient");
    }
  }

  public static OutgoingMail plain(String to, String subject, String text) {
    return new OutgoingMail(List.of(to), null, subject, text, null);
  }
}
