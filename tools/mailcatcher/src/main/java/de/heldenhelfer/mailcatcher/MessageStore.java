package de.heldenhelfer.mailcatcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Holds the received messages in memory and, if a directory is configured, also as {@code <id>.eml}
 * (the raw message) plus {@code <id>.envelope} (receive time and SMTP envelope) files that are
 * loaded again on start.
 */
final class MessageStore {

  /** Ids are used in URLs and file names. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");

  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
  private static final String EML = ".eml";
  private static final String ENVELOPE = ".envelope";
  private static final String RECEIVED_AT = "Received-At: ";
  private static final String MAIL_FROM = "Mail-From: ";
  private static final String RCPT_TO = "Rcpt-To: ";

  private final Path dir;
  private final Consumer<String> log;

  /** Oldest first. */
  private final List<CaughtMail> messages = new ArrayList<>();

  private final Map<String, CaughtMail> byId = new HashMap<>();

  /**
   * @param dir directory for persistent storage, {@code null} for memory only
   * @param log receives warnings about unreadable files
   */
  /** Until when (epoch millis) SMTP refuses every connection with 421: a simulated outage. */
  private volatile long outageUntil;

  /** Starts a simulated SMTP outage of {@code millis} (0 ends it). */
  void outage(long millis) {
    outageUntil = millis <= 0 ? 0 : System.currentTimeMillis() + millis;
  }

  /** Milliseconds the simulated outage still lasts (0: none). */
  long outageLeft() {
    return Math.max(0, outageUntil - System.currentTimeMillis());
  }

  MessageStore(Path dir, Consumer<String> log) throws IOException {
    this.dir = dir;
    this.log = log;
    if (dir != null) {
      Files.createDirectories(dir);
      load();
    }
  }

  /** Parses, stores (and persists) a received message. */
  CaughtMail add(String envelopeFrom, List<String> envelopeTo, byte[] raw) throws IOException {
    ParsedMail parsed = MailParser.parse(raw);
    Instant now = Instant.now();
    String id = reserveId(now);
    CaughtMail mail = new CaughtMail(id, now, envelopeFrom, envelopeTo, raw, parsed);
    try {
      if (dir != null) {
        persist(mail);
      }
    } catch (IOException e) {
      synchronized (this) {
        byId.remove(id);
      }
      throw e;
    }
    synchronized (this) {
      byId.put(id, mail);
      messages.add(mail);
    }
    return mail;
  }

  /** All messages, newest first. */
  synchronized List<CaughtMail> list() {
    List<CaughtMail> result = new ArrayList<>(messages.size());
    for (int i = messages.size() - 1; i >= 0; i--) {
      result.add(messages.get(i));
    }
    return result;
  }

  synchronized int size() {
    return messages.size();
  }

  synchronized Optional<CaughtMail> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Removes all messages (and their files). Returns how many were removed. */
  int clear() {
    List<CaughtMail> removed;
    synchronized (this) {
      removed = new ArrayList<>(messages);
      messages.clear();
      byId.clear();
    }
    for (CaughtMail mail : removed) {
      deleteFiles(mail.id());
    }
    return removed.size();
  }

  /** Removes one message (and its files). */
  boolean delete(String id) {
    synchronized (this) {
      CaughtMail mail = byId.get(id);
      if (mail == null) {
        return false;
      }
      byId.remove(id);
      messages.remove(mail);
    }
    deleteFiles(id);
    return true;
  }

  private synchronized String reserveId(Instant now) {
    String id;
    do {
      id =
          ID_TIME.format(now)
              + '-'
              + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
    } while (byId.containsKey(id) || (dir != null && Files.exists(dir.resolve(id + EML))));
    byId.put(id, null); // placeholder, replaced once the message is stored
    return id;
  }

  private void persist(CaughtMail mail) throws IOException {
    StringBuilder envelope = new StringBuilder();
    envelope.append(RECEIVED_AT).append(mail.receivedAt()).append('\n');
    envelope.append(MAIL_FROM).append(mail.envelopeFrom()).append('\n');
    for (String rcpt : mail.envelopeTo()) {
      envelope.append(RCPT_TO).append(rcpt).append('\n');
    }
    // the .eml file is written last: its presence marks a complete message
    writeAtomically(
        dir.resolve(mail.id() + ENVELOPE), envelope.toString().getBytes(StandardCharsets.UTF_8));
    writeAtomically(dir.resolve(mail.id() + EML), mail.raw());
  }

  private static void writeAtomically(Path target, byte[] content) throws IOException {
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    Files.write(tmp, content);
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void deleteFiles(String id) {
    if (dir == null) {
      return;
    }
    for (String suffix : List.of(EML, ENVELOPE)) {
      try {
        Files.deleteIfExists(dir.resolve(id + suffix));
      } catch (IOException e) {
        log.accept("mailcatcher: could not delete " + dir.resolve(id + suffix) + ": " + e);
      }
    }
  }

  private void load() throws IOException {
    List<CaughtMail> loaded = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + EML)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - EML.length());
        if (!ID.matcher(id).matches() || !Files.isRegularFile(file)) {
          continue;
        }
        try {
          loaded.add(load(id, file));
        } catch (IOException | RuntimeException e) {
          log.accept("mailcatcher: skipping unreadable " + file + ": " + e);
        }
      }
    }
    loaded.sort(Comparator.comparing(CaughtMail::receivedAt).thenComparing(CaughtMail::id));
    synchronized (this) {
      for (CaughtMail mail : loaded) {
        messages.add(mail);
        byId.put(mail.id(), mail);
      }
    }
  }

  private CaughtMail load(String id, Path emlFile) throws IOException {
    byte[] raw = Files.readAllBytes(emlFile);
    ParsedMail parsed = MailParser.parse(raw);
    Instant receivedAt = null;
    String envelopeFrom = null;
    Set<String> envelopeTo = new LinkedHashSet<>();
    Path envelopeFile = dir.resolve(id + ENVELOPE);
    if (Files.isRegularFile(envelopeFile)) {
      for (String line : Files.readAllLines(envelopeFile, StandardCharsets.UTF_8)) {
        if (line.startsWith(RECEIVED_AT)) {
          try {
            receivedAt = Instant.parse(line.substring(RECEIVED_AT.length()).strip());
          } catch (DateTimeParseException e) {
            receivedAt = null;
          }
        } else if (line.startsWith(MAIL_FROM)) {
          envelopeFrom = line.substring(MAIL_FROM.length()).strip();
        } else if (line.startsWith(RCPT_TO)) {
          envelopeTo.add(line.substring(RCPT_TO.length()).strip());
        }
      }
    }
    // .eml files without envelope (e.g. copied into the directory): derive it from the headers
    if (receivedAt == null) {
      receivedAt = Files.getLastModifiedTime(emlFile).toInstant();
    }
    if (envelopeFrom == null) {
      envelopeFrom = parsed.from().isEmpty() ? "" : parsed.from().get(0).address();
    }
    if (envelopeTo.isEmpty()) {
      parsed.to().forEach(a -> envelopeTo.add(a.address()));
      parsed.cc().forEach(a -> envelopeTo.add(a.address()));
    }
    return new CaughtMail(id, receivedAt, envelopeFrom, List.copyOf(envelopeTo), raw, parsed);
  }
}
