package de.heldenhelfer.mailcatcher;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One SMTP conversation (RFC 5321) with the extensions 8BITMIME, SMTPUTF8, SIZE, PIPELINING and
 * AUTH PLAIN/LOGIN (any credentials are accepted; AUTH is optional).
 */
final class SmtpSession {

  static final String HOSTNAME = "mailcatcher";
  static final int MAX_COMMAND_LINE = 2048;
  static final int MAX_RECIPIENTS = 1000;
  static final int MAX_ERRORS = 20;

  private final InputStream in;
  private final OutputStream out;
  private final MessageStore store;
  private final Consumer<String> log;
  private final int maxMessageSize;

  private final byte[] readBuffer = new byte[16 * 1024];
  private int readPos;
  private int readLen;
  private byte[] line = new byte[256];
  private int lineLen;
  private boolean lineTruncated;

  private String heloName;
  private boolean extended;
  private boolean authenticated;
  private boolean inTransaction;
  private String mailFrom;
  private final List<String> recipients = new ArrayList<>();
  private int errors;

  SmtpSession(InputStream in, OutputStream out, MessageStore store, Consumer<String> log) {
    this(in, out, store, log, SmtpServer.MAX_MESSAGE_SIZE);
  }

  SmtpSession(
      InputStream in,
      OutputStream out,
      MessageStore store,
      Consumer<String> log,
      int maxMessageSize) {
    this.in = in;
    this.out = out;
    this.store = store;
    this.log = log;
    this.maxMessageSize = maxMessageSize;
  }

  /** Runs the conversation until QUIT, end of stream or too many errors. */
  void run() throws IOException {
    reply("220 " + HOSTNAME + " Heldenhelfer Mailcatcher ESMTP ready");
    while (true) {
      if (!readLine(MAX_COMMAND_LINE)) {
        return;
      }
      if (lineTruncated) {
        error("500 Line too long");
      } else if (!command(new String(line, 0, lineLen, StandardCharsets.UTF_8))) {
        return;
      }
      if (errors >= MAX_ERRORS) {
        reply("421 Too many errors, closing connection");
        return;
      }
    }
  }

  /** Handles one command line; returns {@code false} when the connection should be closed. */
  private boolean command(String commandLine) throws IOException {
    int space = commandLine.indexOf(' ');
    String verb =
        (space < 0 ? commandLine : commandLine.substring(0, space)).toUpperCase(Locale.ROOT);
    String arg = space < 0 ? "" : commandLine.substring(space + 1).strip();
    switch (verb) {
      case "EHLO" -> hello(arg, true);
      case "HELO" -> hello(arg, false);
      case "MAIL" -> mail(arg);
      case "RCPT" -> rcpt(arg);
      case "DATA" -> data(arg);
      case "RSET" -> {
        if (!arg.isEmpty()) {
          error("501 Syntax: RSET");
        } else {
          resetTransaction();
          reply("250 OK");
        }
      }
      case "NOOP" -> reply("250 OK");
      case "VRFY" -> {
        if (arg.isEmpty()) {
          error("501 Syntax: VRFY <address>");
        } else {
          reply("252 Cannot VRFY user, but will accept message and attempt delivery");
        }
      }
      case "EXPN", "STARTTLS", "BDAT", "ETRN", "TURN" -> error("502 Command not implemented");
      case "HELP" -> reply("214 Commands: EHLO HELO MAIL RCPT DATA RSET NOOP VRFY AUTH QUIT");
      case "AUTH" -> auth(arg);
      case "QUIT" -> {
        reply("221 " + HOSTNAME + " closing connection");
        return false;
      }
      default -> error("500 Command not recognized");
    }
    return true;
  }

  private void hello(String domain, boolean ehlo) throws IOException {
    if (domain.isEmpty() || domain.indexOf(' ') >= 0 || hasControlChars(domain)) {
      error(ehlo ? "501 Syntax: EHLO hostname" : "501 Syntax: HELO hostname");
      return;
    }
    resetTransaction();
    heloName = domain;
    extended = ehlo;
    if (ehlo) {
      reply(
          "250-" + HOSTNAME + " greets " + domain,
          "250-8BITMIME",
          "250-SMTPUTF8",
          "250-SIZE " + maxMessageSize,
          "250-PIPELINING",
          "250-AUTH PLAIN LOGIN",
          "250 HELP");
    } else {
      reply("250 " + HOSTNAME + " greets " + domain);
    }
  }

  private void mail(String arg) throws IOException {
    if (heloName == null) {
      error("503 Bad sequence of commands: send HELO/EHLO first");
      return;
    }
    if (inTransaction) {
      error("503 Bad sequence of commands: nested MAIL command");
      return;
    }
    if (!arg.regionMatches(true, 0, "FROM:", 0, 5)) {
      error("501 Syntax: MAIL FROM:<address>");
      return;
    }
    MailPath path = MailPath.parse(arg.substring(5));
    if (path == null || (!path.address.isEmpty() && !path.address.contains("@"))) {
      error("501 Syntax: MAIL FROM:<address> (bad sender address)");
      return;
    }
    for (String param : path.parameters) {
      int eq = param.indexOf('=');
      String key = (eq < 0 ? param : param.substring(0, eq)).toUpperCase(Locale.ROOT);
      String value = eq < 0 ? null : param.substring(eq + 1);
      switch (key) {
        case "SIZE" -> {
          long size;
          try {
            size = Long.parseLong(value == null ? "" : value);
          } catch (NumberFormatException e) {
            error("501 Syntax: SIZE=<number>");
            return;
          }
          if (size > maxMessageSize) {
            reply("552 Message size exceeds fixed maximum message size of " + maxMessageSize);
            return;
          }
        }
        case "BODY" -> {
          String body = value == null ? "" : value.toUpperCase(Locale.ROOT);
          if (!body.equals("7BIT") && !body.equals("8BITMIME")) {
            error("501 Unsupported BODY type " + value);
            return;
          }
        }
        case "SMTPUTF8", "AUTH" -> {
          // accepted: the message is stored as it comes
        }
        default -> {
          error("555 MAIL FROM parameter " + key + " not recognized");
          return;
        }
      }
    }
    inTransaction = true;
    mailFrom = path.address;
    reply("250 OK");
  }

  private void rcpt(String arg) throws IOException {
    if (!inTransaction) {
      error("503 Bad sequence of commands: need MAIL command first");
      return;
    }
    if (!arg.regionMatches(true, 0, "TO:", 0, 3)) {
      error("501 Syntax: RCPT TO:<address>");
      return;
    }
    MailPath path = MailPath.parse(arg.substring(3));
    if (path == null
        || !(path.address.contains("@") || path.address.equalsIgnoreCase("postmaster"))) {
      error("501 Syntax: RCPT TO:<address> (bad recipient address)");
      return;
    }
    if (!path.parameters.isEmpty()) {
      error("555 RCPT TO parameters not recognized");
      return;
    }
    if (recipients.stream().noneMatch(r -> r.equalsIgnoreCase(path.address))) {
      if (recipients.size() >= MAX_RECIPIENTS) {
        reply("452 Too many recipients");
        return;
      }
      recipients.add(path.address);
    }
    reply("250 OK");
  }

  private void data(String arg) throws IOException {
    if (!arg.isEmpty()) {
      error("501 Syntax: DATA");
      return;
    }
    if (!inTransaction) {
      error("503 Bad sequence of commands: need MAIL command first");
      return;
    }
    if (recipients.isEmpty()) {
      error("503 Bad sequence of commands: need RCPT command first");
      return;
    }
    reply("354 End data with <CR><LF>.<CR><LF>");
    byte[] message = readData();
    try {
      if (message == null) {
        reply("552 Message size exceeds fixed maximum message size of " + maxMessageSize);
        return;
      }
      CaughtMail mail;
      try {
        mail = store.add(mailFrom, recipients, message);
      } catch (IOException e) {
        log.accept("mailcatcher: could not store message: " + e);
        reply("451 Local error in processing: message not stored");
        return;
      }
      log.accept(
          "mailcatcher: received "
              + mail.id()
              + " from <"
              + printable(mailFrom)
              + "> to "
              + printable(String.join(", ", recipients))
              + ": "
              + printable(mail.mail().subject()));
      reply("250 OK queued as " + mail.id());
    } finally {
      resetTransaction();
    }
  }

  /**
   * Reads message lines up to the terminating {@code .} line, removing dot-stuffing and normalising
   * line ends to CRLF. Returns {@code null} if the message is too large (the data is still
   * consumed).
   */
  private byte[] readData() throws IOException {
    ByteArrayOutputStream message = new ByteArrayOutputStream(16 * 1024);
    long size = 0;
    boolean tooLarge = false;
    while (true) {
      if (!readLine(maxMessageSize + 1)) {
        throw new EOFException("connection closed during DATA");
      }
      if (lineLen == 1 && line[0] == '.' && !lineTruncated) {
        return tooLarge ? null : message.toByteArray();
      }
      int offset = lineLen > 0 && line[0] == '.' ? 1 : 0;
      size += lineLen - offset + 2;
      if (lineTruncated || size > maxMessageSize) {
        if (!tooLarge) {
          tooLarge = true;
          message = null;
        }
        continue;
      }
      message.write(line, offset, lineLen - offset);
      message.write('\r');
      message.write('\n');
    }
  }

  private void auth(String arg) throws IOException {
    if (!extended) {
      error("503 Bad sequence of commands: send EHLO first");
      return;
    }
    if (authenticated) {
      error("503 Bad sequence of commands: already authenticated");
      return;
    }
    if (inTransaction) {
      error("503 Bad sequence of commands: AUTH not permitted during a mail transaction");
      return;
    }
    String[] words = arg.split(" +", 2);
    String mechanism = words[0].toUpperCase(Locale.ROOT);
    String initial = words.length > 1 ? words[1].strip() : null;
    switch (mechanism) {
      case "PLAIN" -> {
        String response = initial != null ? initial : challenge("334 ");
        if (response == null) {
          error("501 Authentication cancelled");
        } else if (!response.equals("=") && !isBase64(response)) {
          error("501 Invalid base64 data");
        } else {
          authenticated = true;
          reply("235 Authentication successful");
        }
      }
      case "LOGIN" -> {
        String user = initial != null ? initial : challenge("334 VXNlcm5hbWU6");
        if (user == null || !isBase64(user)) {
          error(user == null ? "501 Authentication cancelled" : "501 Invalid base64 data");
          return;
        }
        String password = challenge("334 UGFzc3dvcmQ6");
        if (password == null || !isBase64(password)) {
          error(password == null ? "501 Authentication cancelled" : "501 Invalid base64 data");
          return;
        }
        authenticated = true;
        reply("235 Authentication successful");
      }
      case "" -> error("501 Syntax: AUTH mechanism [initial-response]");
      default -> error("504 Unrecognized authentication type");
    }
  }

  /** Sends a 334 challenge; returns the client's answer or {@code null} if it cancelled. */
  private String challenge(String prompt) throws IOException {
    reply(prompt);
    if (!readLine(MAX_COMMAND_LINE)) {
      throw new EOFException("connection closed during AUTH");
    }
    String answer = new String(line, 0, lineLen, StandardCharsets.US_ASCII).strip();
    return answer.equals("*") ? null : answer;
  }

  private static boolean isBase64(String s) {
    try {
      Base64.getDecoder().decode(s);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void resetTransaction() {
    inTransaction = false;
    mailFrom = null;
    recipients.clear();
  }

  private void error(String reply) throws IOException {
    errors++;
    reply(reply);
  }

  void reply(String... lines) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(l).append("\r\n");
    }
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Reads one line (up to LF; a preceding CR is removed) into {@link #line}. At most {@code max}
   * bytes are kept; if the line was longer {@link #lineTruncated} is set. Returns {@code false} at
   * end of stream.
   */
  private boolean readLine(int max) throws IOException {
    lineLen = 0;
    lineTruncated = false;
    while (true) {
      if (readPos == readLen) {
        readLen = in.read(readBuffer);
        readPos = 0;
        if (readLen <= 0) {
          readLen = 0;
          return false;
        }
      }
      // scan the buffer for LF in bulk
      int start = readPos;
      int end = start;
      while (end < readLen && readBuffer[end] != '\n') {
        end++;
      }
      append(readBuffer, start, end - start, max);
      readPos = end;
      if (end < readLen) {
        readPos++; // consume LF
        if (lineLen > 0 && line[lineLen - 1] == '\r') {
          lineLen--;
        }
        return true;
      }
    }
  }

  private void append(byte[] src, int offset, int length, int max) {
    int room = max - lineLen;
    int n = Math.min(length, Math.max(room, 0));
    if (n < length) {
      lineTruncated = true;
    }
    if (n == 0) {
      return;
    }
    if (lineLen + n > line.length) {
      line = Arrays.copyOf(line, Math.max(lineLen + n, Math.min(line.length * 2, max + 1)));
    }
    System.arraycopy(src, offset, line, lineLen, n);
    lineLen += n;
  }

  private static boolean hasControlChars(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  /** Removes control characters before text goes to the console. */
  static String printable(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
    return sb.toString();
  }

  /** A reverse-path or forward-path with its ESMTP parameters. */
  private record MailPath(String address, List<String> parameters) {

    /** Parses {@code <address> [param...]} (leniently also a bare address); null if invalid. */
    static MailPath parse(String text) {
      String s = text.strip();
      String address;
      String rest;
      if (s.startsWith("<")) {
        int end = closingBracket(s);
        if (end < 0) {
          return null;
        }
        address = s.substring(1, end).strip();
        rest = s.substring(end + 1);
        // strip an obsolete source route: <@relay1,@relay2:user@example.org>
        if (address.startsWith("@")) {
          int colon = address.indexOf(':');
          if (colon < 0) {
            return null;
          }
          address = address.substring(colon + 1);
        }
      } else {
        int space = s.indexOf(' ');
        address = space < 0 ? s : s.substring(0, space);
        rest = space < 0 ? "" : s.substring(space);
        if (address.isEmpty()) {
          return null;
        }
      }
      if (hasControlChars(address)) {
        return null;
      }
      List<String> parameters = new ArrayList<>();
      for (String p : rest.strip().split(" +")) {
        if (!p.isEmpty()) {
          parameters.add(p);
        }
      }
      return new MailPath(address, parameters);
    }

    private static int closingBracket(String s) {
      boolean quoted = false;
      for (int i = 1; i < s.length(); i++) {
        char c = s.charAt(i);
        if (quoted && c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = !quoted;
        } else if (c == '>' && !quoted) {
          return i;
        }
      }
      return -1;
    }
  }
}
