package de.heldenhelfer.notifications;

import de.heldenhelfer.platform.mail.MailTokens;
import de.heldenhelfer.shared.NotFoundException;

/** The signed token in the "notifications off" link of every notification mail. */
final class NotificationTokens {
  private static final String PREFIX = "n";

  private NotificationTokens() {}

  static String token(long personId) {
    String payload = PREFIX + "." + personId;
    return payload + "." + MailTokens.sign(payload);
  }

  /** The person the token names; a forged or damaged token is not found. */
  static long verify(String token) {
    if (token == null) {
      throw new NotFoundException();
    }
    int last = token.lastIndexOf('.');
    if (last <= 0 || !token.startsWith(PREFIX + ".")) {
      throw new NotFoundException();
    }
    String payload = token.substring(0, last);
    if (!MailTokens.valid(payload, token.substring(last + 1))) {
      throw new NotFoundException();
    }
    try {
      return Long.parseLong(payload.substring(PREFIX.length() + 1));
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
  }
}
