package de.heldenhelfer.mailcatcher;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The decoded content of a message.
 *
 * @param subject decoded subject, empty if missing
 * @param from decoded {@code From} addresses
 * @param to decoded {@code To} addresses
 * @param cc decoded {@code Cc} addresses
 * @param date the {@code Date} header, {@code null} if missing or unparsable
 * @param text first text/plain body part, {@code null} if there is none
 * @param html first text/html body part, {@code null} if there is none
 * @param attachments all other leaf parts in document order
 * @param headers top-level headers (unfolded, RFC 2047 decoded; repeated headers joined by ", ")
 * @param parseError description of a parse problem, {@code null} if parsing succeeded
 */
record ParsedMail(
    String subject,
    List<Address> from,
    List<Address> to,
    List<Address> cc,
    Instant date,
    String text,
    String html,
    List<AttachmentInfo> attachments,
    Map<String, String> headers,
    String parseError) {

  ParsedMail {
    subject = subject == null ? "" : subject;
    from = List.copyOf(from);
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    attachments = List.copyOf(attachments);
    headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
  }
}
