package de.heldenhelfer.mailcatcher;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A message received over SMTP.
 *
 * @param id unique, URL- and file-name-safe id
 * @param receivedAt when the DATA phase completed
 * @param envelopeFrom the {@code MAIL FROM} address (empty for the null sender {@code <>})
 * @param envelopeTo the {@code RCPT TO} addresses
 * @param raw the message as transmitted (after dot-unstuffing, CRLF line ends)
 * @param mail the decoded message
 */
record CaughtMail(
    String id,
    Instant receivedAt,
    String envelopeFrom,
    List<String> envelopeTo,
    byte[] raw,
    ParsedMail mail) {

  CaughtMail {
    envelopeTo = List.copyOf(envelopeTo);
  }

  /**
   * Whether {@code address} (case-insensitive) is an envelope recipient or a {@code To}/{@code Cc}
   * recipient of this message.
   */
  boolean isAddressedTo(String address) {
    String wanted = address.strip().toLowerCase(Locale.ROOT);
    int lt = wanted.lastIndexOf('<');
    if (lt >= 0 && wanted.endsWith(">")) {
      wanted = wanted.substring(lt + 1, wanted.length() - 1).strip();
    }
    for (String rcpt : envelopeTo) {
      if (rcpt.toLowerCase(Locale.ROOT).equals(wanted)) {
        return true;
      }
    }
    for (Address a : mail.to()) {
      if (a.hasAddress(wanted)) {
        return true;
      }
    }
    for (Address a : mail.cc()) {
      if (a.hasAddress(wanted)) {
        return true;
      }
    }
    return false;
  }
}
