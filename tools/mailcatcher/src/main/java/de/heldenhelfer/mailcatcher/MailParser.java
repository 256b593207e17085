package de.heldenhelfer.mailcatcher;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/** Decodes raw RFC 5322 messages with Angus Mail. */
final class MailParser {

  /** Maximum multipart nesting that is followed; deeper parts are ignored. */
  private static final int MAX_DEPTH = 25;

  private static final Session SESSION;

  static {
    // read by MimeUtility / MimeBodyPart when they are first loaded (best effort: only matters
    // for badly encoded words and RFC 2047 file names, which we decode ourselves as well)
    setDefault("mail.mime.decodetext.strict", "false");
    setDefault("mail.mime.decodefilename", "true");
    Properties props = new Properties();
    props.setProperty("mail.mime.allowutf8", "true");
    props.setProperty("mail.mime.address.strict", "false");
    SESSION = Session.getInstance(props);
  }

  private MailParser() {}

  private static void setDefault(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /** Raw bytes of an attachment, addressed by its index in {@link ParsedMail#attachments()}. */
  record AttachmentContent(AttachmentInfo info, byte[] bytes) {}

  /** Parses a message. Never throws: problems are reported in {@link ParsedMail#parseError()}. */
  static ParsedMail parse(byte[] raw) {
    MimeMessage message;
    try {
      message = new MimeMessage(SESSION, new SharedByteArrayInputStream(raw));
    } catch (MessagingException | RuntimeException e) {
      return new ParsedMail(
          "",
          List.of(),
          List.of(),
          List.of(),
          null,
          new String(raw, StandardCharsets.UTF_8),
          null,
          List.of(),
          Map.of(),
          "unparsable message: " + e);
    }
    String subject = subject(message);
    List<Address> from = addresses(message, "From");
    List<Address> to = addresses(message, "To");
    List<Address> cc = addresses(message, "Cc");
    Instant date = sentDate(message);
    Map<String, String> headers = headers(message);
    Body body = new Body(-1);
    String error = null;
    try {
      walk(message, body, 0);
    } catch (MessagingException | IOException | RuntimeException e) {
      error = "could not decode the message body: " + e;
      if (body.text == null && body.html == null) {
        body.text = new String(raw, StandardCharsets.UTF_8);
      }
    }
    return new ParsedMail(
        subject, from, to, cc, date, body.text, body.html, body.attachments, headers, error);
  }

  /** Extracts attachment number {@code index} (see {@link ParsedMail#attachments()}). */
  static Optional<AttachmentContent> attachment(byte[] raw, int index) {
    if (index < 0) {
      return Optional.empty();
    }
    try {
      MimeMessage message = new MimeMessage(SESSION, new SharedByteArrayInputStream(raw));
      Body body = new Body(index);
      walk(message, body, 0);
      if (body.wantedBytes == null) {
        return Optional.empty();
      }
      return Optional.of(new AttachmentContent(body.attachments.get(index), body.wantedBytes));
    } catch (MessagingException | IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static final class Body {
    final int wantedIndex;
    String text;
    String html;
    final List<AttachmentInfo> attachments = new ArrayList<>();
    byte[] wantedBytes;

    Body(int wantedIndex) {
      this.wantedIndex = wantedIndex;
    }
  }

  private static void walk(MimePart part, Body body, int depth)
      throws MessagingException, IOException {
    if (depth > MAX_DEPTH) {
      return;
    }
    String type = baseType(part);
    if (type.startsWith("multipart/")) {
      MimeMultipart multipart;
      int count;
      try {
        multipart = new MimeMultipart(new MimePartDataSource(part));
        count = multipart.getCount();
      } catch (MessagingException e) {
        // e.g. no boundary: keep the part as an opaque attachment
        addAttachment(part, type, body);
        return;
      }
      for (int i = 0; i < count; i++) {
        walk((MimePart) multipart.getBodyPart(i), body, depth + 1);
      }
      return;
    }
    String fileName = fileName(part);
    boolean attachment = fileName != null || Part.ATTACHMENT.equalsIgnoreCase(disposition(part));
    if (!attachment && body.text == null && type.equals("text/plain")) {
      body.text = readText(part);
    } else if (!attachment && body.html == null && type.equals("text/html")) {
      body.html = readText(part);
    } else {
      addAttachment(part, type, body);
    }
  }

  private static void addAttachment(MimePart part, String type, Body body) throws IOException {
    byte[] bytes = decodedBytes(part);
    if (body.attachments.size() == body.wantedIndex) {
      body.wantedBytes = bytes;
    }
    body.attachments.add(new AttachmentInfo(fileName(part), type, bytes.length));
  }

  private static String subject(MimeMessage message) {
    try {
      String subject = message.getSubject();
      return subject == null ? "" : subject;
    } catch (MessagingException e) {
      return "";
    }
  }

  private static Instant sentDate(MimeMessage message) {
    try {
      Date date = message.getSentDate();
      return date == null ? null : date.toInstant();
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }

  private static List<Address> addresses(MimeMessage message, String header) {
    String value;
    try {
      value = message.getHeader(header, ",");
    } catch (MessagingException e) {
      return List.of();
    }
    if (value == null || value.isBlank()) {
      return List.of();
    }
    List<Address> result = new ArrayList<>();
    try {
      for (InternetAddress a : InternetAddress.parseHeader(value, false)) {
        result.add(new Address(a.getPersonal(), a.getAddress()));
      }
    } catch (AddressException | RuntimeException e) {
      result.add(new Address(null, decode(value)));
    }
    return result;
  }

  private static Map<String, String> headers(MimeMessage message) {
    Map<String, String> byName = new LinkedHashMap<>();
    Map<String, String> canonicalName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    try {
      Enumeration<Header> all = message.getAllHeaders();
      while (all.hasMoreElements()) {
        Header h = all.nextElement();
        String name = canonicalName.computeIfAbsent(h.getName(), n -> n);
        String value = decode(h.getValue());
        byName.merge(name, value, (a, b) -> a + ", " + b);
      }
    } catch (MessagingException e) {
      // keep what we have
    }
    return byName;
  }

  /** Unfolds and RFC 2047-decodes a header value; returns it unchanged if that fails. */
  static String decode(String value) {
    if (value == null) {
      return "";
    }
    String unfolded = MimeUtility.unfold(value).strip();
    try {
      return MimeUtility.decodeText(unfolded);
    } catch (IOException | RuntimeException e) {
      return unfolded;
    }
  }

  private static String baseType(MimePart part) {
    String header;
    try {
      header = part.getHeader("Content-Type", null);
    } catch (MessagingException e) {
      header = null;
    }
    if (header == null || header.isBlank()) {
      return "text/plain";
    }
    try {
      return new ContentType(header).getBaseType().toLowerCase(Locale.ROOT);
    } catch (jakarta.mail.internet.ParseException | RuntimeException e) {
      return "application/octet-stream";
    }
  }

  private static String charsetParameter(MimePart part) {
    try {
      String header = part.getHeader("Content-Type", null);
      return header == null ? null : new ContentType(header).getParameter("charset");
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }

  private static String disposition(MimePart part) {
    try {
      return part.getDisposition();
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }

  private static String fileName(MimePart part) {
    String name;
    try {
      name = part.getFileName();
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
    if (name == null || name.isBlank()) {
      return null;
    }
    return name.contains("=?") ? decode(name) : name.strip();
  }

  /** The part's content with the transfer encoding removed (raw content if that fails). */
  private static byte[] decodedBytes(MimePart part) throws IOException {
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    } catch (MessagingException | IOException e) {
      try (InputStream in = rawStream(part)) {
        return in.readAllBytes();
      }
    }
  }

  private static InputStream rawStream(MimePart part) throws IOException {
    try {
      if (part instanceof MimeMessage m) {
        return m.getRawInputStream();
      }
      return ((jakarta.mail.internet.MimeBodyPart) part).getRawInputStream();
    } catch (MessagingException | ClassCastException e) {
      throw new IOException("cannot read part", e);
    }
  }

  private static String readText(MimePart part) throws IOException {
    byte[] bytes = decodedBytes(part);
    return new String(bytes, charsetFor(charsetParameter(part), bytes));
  }

  /**
   * The declared charset if Java supports it; for undeclared (or US-ASCII declared but 8-bit)
   * content UTF-8 if the bytes are valid UTF-8, else windows-1252.
   */
  static Charset charsetFor(String declared, byte[] bytes) {
    Charset charset = null;
    if (declared != null && !declared.isBlank()) {
      try {
        charset = Charset.forName(MimeUtility.javaCharset(declared.strip()));
      } catch (IllegalArgumentException e) {
        charset = null;
      }
    }
    if (charset != null && !(charset.equals(StandardCharsets.US_ASCII) && !isAscii(bytes))) {
      return charset;
    }
    if (isValidUtf8(bytes)) {
      return StandardCharsets.UTF_8;
    }
    return Charset.forName("windows-1252");
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isValidUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
