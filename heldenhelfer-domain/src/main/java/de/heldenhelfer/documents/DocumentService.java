package de.heldenhelfer.documents;

import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.Config;
import de.heldenhelfer.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The club's document archive (docs/adr/0009-document-archive.md): list and search, upload with
 * checks before anything is stored (size, type by content, extension, safe name), new versions,
 * metadata edits with optimistic locking, retention, deletion and download. Everything goes through
 * the tenant-aware {@link EntityManager}, so another club's document is simply not found.
 */
@ApplicationScoped
public class DocumentService {
  /** Default upload limit: 20 MB (MicroProfile Config {@code hh.documents.max-bytes}). */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  /** Size of the stored content pieces. */
  static final int CHUNK_BYTES = 1024 * 1024;

  /** Most rows a list shows. */
  public static final int MAX_ROWS = 500;

  @Inject EntityManager em;
  @Inject Actor actor;

  /** A stored version, as the caller of an upload gets it back. */
  public record StoredDocument(
      long documentId,
      String title,
      int versionNumber,
      String fileName,
      String mediaType,
      long size,
      String sha256) {}

  /** One row of the archive list, with its current version. */
  public record DocumentSummary(
      long id,
      long version,
      String title,
      DocumentCategory category,
      String description,
      int currentNumber,
      String fileName,
      String mediaType,
      long size,
      String uploadedBy,
      LocalDateTime uploadedAt,
      LocalDate keepUntil,
      boolean retentionOverridden,
      boolean pastRetention) {}

  /** One version of a document in its history. */
  public record VersionRow(
      int number,
      String fileName,
      String mediaType,
      long size,
      String sha256,
      String uploadedBy,
      LocalDateTime uploadedAt) {}

  /** A document with all its versions, newest first. */
  public record DocumentDetails(
      DocumentSummary summary,
      LocalDate keepUntilOverride,
      boolean keepForever,
      List<VersionRow> versions) {}

  /** A file to send: name, type and the exact bytes stored. */
  public record Download(String fileName, String mediaType, byte[] content) {}

  /** The upload limit in bytes. */
  @RequiresPermission(Permission.DOCUMENT_READ)
  public long maxBytes() {
    return configuredMaxBytes();
  }

  /** Documents of the club, newest change first, optionally of one category and by title. */
  @RequiresPermission(Permission.DOCUMENT_READ)
  @Transactional
  public List<DocumentSummary> list(DocumentCategory category, String titleSearch) {
    return query(category, titleSearch, MAX_ROWS);
  }

  private List<DocumentSummary> query(DocumentCategory category, String titleSearch, int max) {
    StringBuilder jpql =
        new StringBuilder(
            "SELECT d, v FROM ArchivedDocument d, DocumentVersion v"
                + " WHERE v.document = d AND v.number = d.currentNumber");
    if (category != null) {
      jpql.append(" AND d.category = :category");
    }
    String search = titleSearch == null ? "" : titleSearch.strip();
    if (!search.isEmpty()) {
      jpql.append(" AND LOWER(d.title) LIKE :search ESCAPE '\\'");
    }
    jpql.append(" ORDER BY d.updatedAt DESC, d.id DESC");
    var q = em.createQuery(jpql.toString(), Object[].class).setMaxResults(max);
    if (category != null) {
      q.setParameter("category", category);
    }
    if (!search.isEmpty()) {
      q.setParameter("search", "%" + escapeLike(search.toLowerCase(Locale.GERMAN)) + "%");
    }
    LocalDate today = today();
    return q.getResultList().stream()
        .map(r -> summary((ArchivedDocument) r[0], (DocumentVersion) r[1], today))
        .toList();
  }

  /** The {@code max} most recently changed documents, for the board dashboard. */
  @RequiresPermission(Permission.DOCUMENT_READ)
  @Transactional
  public List<DocumentSummary> recent(int max) {
    return max <= 0 ? List.of() : query(null, null, Math.min(max, MAX_ROWS));
  }

  /** How many documents have passed their retention period. */
  @RequiresPermission(Permission.DOCUMENT_READ)
  @Transactional
  public long countPastRetention() {
    LocalDate today = today();
    return em
        .createQuery("SELECT d FROM ArchivedDocument d", ArchivedDocument.class)
        .getResultList()
        .stream()
        .filter(d -> d.isPastRetention(today))
        .count();
  }

  /** A document with its versions; another club's id → not found. */
  @RequiresPermission(Permission.DOCUMENT_READ)
  @Transactional
  public DocumentDetails details(long id) {
    ArchivedDocument d = find(id);
    List<DocumentVersion> versions = versions(d);
    DocumentVersion current =
        versions.stream()
            .filter(v -> v.number() == d.currentNumber())
            .findFirst()
            .orElseThrow(NotFoundException::new);
    return new DocumentDetails(
        summary(d, current, today()),
        d.keepUntilOverride(),
        d.keepForever(),
        versions.stream().map(DocumentService::row).toList());
  }

  /**
   * Archives a new document with its first version. The file is read (at most the limit plus one
   * byte), checked and only then stored.
   */
  @RequiresPermission(Permission.DOCUMENT_WRITE)
  @Transactional
  public StoredDocument upload(DocumentDraft draft, String fileName, InputStream content) {
    Checked file = check(fileName, read(content, fileName));
    ArchivedDocument d = ArchivedDocument.create(draft, actorName(), now());
    em.persist(d);
    return store(d, file);
  }

  /** Adds a new version of document {@code id}; the previous versions stay. */
  @RequiresPermission(Permission.DOCUMENT_WRITE)
  @Transactional
  public StoredDocument addVersion(
      long id, long expectedVersion, String fileName, InputStream content) {
    ArchivedDocument d = load(id, expectedVersion);
    Checked file = check(fileName, read(content, fileName));
    return store(d, file);
  }

  /**
   * Stores a document generated from a template in category {@link DocumentCategory#ERZEUGT} as
   * uploaded by the current person. The content passes the same checks as an upload, and {@code
   * mediaType} must agree with it.
   */
  @RequiresPermission(Permission.TEMPLATE_USE)
  @Transactional
  public StoredDocument storeGenerated(
      String title, String fileName, String mediaType, byte[] content) {
    Checked file = check(fileName, content);
    String declared = baseType(mediaType);
    if (!declared.equals(baseType(file.mediaType()))
        && !(file.kind() == FileKind.TEXT && declared.startsWith("text/"))) {
      throw new UploadRefusedException(
          "document.file.mediaType", file.name(), mediaType, file.kind().label());
    }
    ArchivedDocument d =
        ArchivedDocument.create(
            DocumentDraft.of(title, DocumentCategory.ERZEUGT, null), actorName(), now());
    em.persist(d);
    return store(d, file);
  }

  /** Changes title, category, description and retention; a stale version is refused. */
  @RequiresPermission(Permission.DOCUMENT_WRITE)
  @Transactional
  public void update(long id, long expectedVersion, DocumentDraft draft) {
    ArchivedDocument d = load(id, expectedVersion);
    d.apply(draft);
    d.touch(now());
    flush();
  }

  /**
   * Deletes a document with all versions and content – allowed once its retention has ended, or on
   * the day it was archived (a mistaken upload).
   */
  @RequiresPermission(Permission.DOCUMENT_WRITE)
  @Transactional
  public void delete(long id, long expectedVersion) {
    ArchivedDocument d = load(id, expectedVersion);
    d.checkDeletable(today());
    List<Long> versionIds =
        em.createQuery(
                "SELECT v.id FROM DocumentVersion v WHERE v.document = :d ORDER BY v.number",
                Long.class)
            .setParameter("d", d)
            .getResultList();
    if (!versionIds.isEmpty()) {
      em.createQuery("DELETE FROM DocumentChunk c WHERE c.versionId IN :ids")
          .setParameter("ids", versionIds)
          .executeUpdate();
      em.createQuery("DELETE FROM DocumentVersion v WHERE v.id IN :ids")
          .setParameter("ids", versionIds)
          .executeUpdate();
    }
    em.remove(d);
    flush();
  }

  /**
   * Version {@code number} of document {@code id} ({@code 0}: the current one) with its exact
   * content; another club's id → not found. The checksum is verified on the way out.
   */
  @RequiresPermission(Permission.DOCUMENT_READ)
  @Transactional
  public Download download(long id, int number) {
    ArchivedDocument d = find(id);
    int wanted = number <= 0 ? d.currentNumber() : number;
    DocumentVersion v =
        em
            .createQuery(
                "SELECT v FROM DocumentVersion v WHERE v.document = :d AND v.number = :n",
                DocumentVersion.class)
            .setParameter("d", d)
            .setParameter("n", wanted)
            .getResultList()
            .stream()
            .findFirst()
            .orElseThrow(NotFoundException::new);
    List<byte[]> chunks =
        em.createQuery(
                "SELECT c.data FROM DocumentChunk c WHERE c.versionId = :v ORDER BY c.seq",
                byte[].class)
            .setParameter("v", v.id())
            .getResultList();
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) v.size());
    for (byte[] c : chunks) {
      out.writeBytes(c);
    }
    byte[] content = out.toByteArray();
    if (content.length != v.size() || !sha256(content).equals(v.sha256())) {
      throw new IllegalStateException("stored content of document version " + v.id() + " damaged");
    }
    return new Download(v.fileName(), v.mediaType(), content);
  }

  // ------------------------------------------------------------------ internals

  /** A file that passed every check. */
  record Checked(String name, FileKind kind, String mediaType, byte[] content) {}

  /** The checks every stored file passes, in this order; pure, so unit tests can call it. */
  static Checked check(String submittedName, byte[] content, long maxBytes) {
    String name = FileNames.sanitize(submittedName);
    if (content == null || content.length == 0) {
      throw new UploadRefusedException("document.file.empty", name);
    }
    if (content.length > maxBytes) {
      throw new UploadRefusedException("document.file.tooLarge", name, megabytes(maxBytes));
    }
    FileKind kind = ContentInspector.inspect(name, content);
    return new Checked(name, kind, kind.mediaType(name), content);
  }

  /** A file that passed the archive's checks, for storing elsewhere (attachments). */
  public record CheckedFile(String name, String mediaType, byte[] content) {}

  /**
   * The archive's checks for a file stored elsewhere (request and announcement attachments): not
   * empty, not above the configured size, type by content and matching the name, a safe name.
   *
   * @throws UploadRefusedException with the reason
   */
  public static CheckedFile checkAttachment(String submittedName, byte[] content) {
    Checked c = check(submittedName, content, configuredMaxBytes());
    return new CheckedFile(c.name(), c.mediaType(), c.content());
  }

  private Checked check(String submittedName, byte[] content) {
    return check(submittedName, content, configuredMaxBytes());
  }

  private byte[] read(InputStream content, String fileName) {
    if (content == null) {
      throw new UploadRefusedException("document.file.empty", FileNames.sanitize(fileName));
    }
    try (InputStream in = content) {
      return ContentInspector.readAtMost(in, configuredMaxBytes());
    } catch (IOException e) {
      throw new UploadRefusedException("document.file.unreadable", FileNames.sanitize(fileName));
    }
  }

  private StoredDocument store(ArchivedDocument d, Checked file) {
    int number = d.nextVersion(now());
    byte[] content = file.content();
    int chunkCount = (content.length + CHUNK_BYTES - 1) / CHUNK_BYTES;
    Principal p = actor.require();
    DocumentVersion v =
        new DocumentVersion(
            d,
            number,
            file.name(),
            file.mediaType(),
            content.length,
            sha256(content),
            chunkCount,
            p.displayName(),
            p.isSystem() ? null : p.personId(),
            now());
    em.persist(v);
    flush(); // the version's id for its chunks; a concurrent new version fails here
    for (int i = 0; i < chunkCount; i++) {
      int from = i * CHUNK_BYTES;
      em.persist(
          new DocumentChunk(
              v.id(),
              i,
              Arrays.copyOfRange(content, from, Math.min(content.length, from + CHUNK_BYTES))));
    }
    flush();
    return new StoredDocument(
        d.id(), d.title(), number, v.fileName(), v.mediaType(), v.size(), v.sha256());
  }

  private ArchivedDocument find(long id) {
    ArchivedDocument d = em.find(ArchivedDocument.class, id);
    if (d == null) {
      throw new NotFoundException();
    }
    return d;
  }

  private ArchivedDocument load(long id, long expectedVersion) {
    ArchivedDocument d = find(id);
    if (d.version() != expectedVersion) {
      throw new ConcurrentChangeException();
    }
    return d;
  }

  private List<DocumentVersion> versions(ArchivedDocument d) {
    return em.createQuery(
            "SELECT v FROM DocumentVersion v WHERE v.document = :d ORDER BY v.number DESC",
            DocumentVersion.class)
        .setParameter("d", d)
        .getResultList();
  }

  private void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentChangeException();
    }
  }

  private static DocumentSummary summary(ArchivedDocument d, DocumentVersion v, LocalDate today) {
    return new DocumentSummary(
        d.id(),
        d.version(),
        d.title(),
        d.category(),
        d.description(),
        d.currentNumber(),
        v.fileName(),
        v.mediaType(),
        v.size(),
        v.uploadedBy(),
        v.uploadedAt(),
        d.keepUntil(),
        d.retentionOverridden(),
        d.isPastRetention(today));
  }

  private static VersionRow row(DocumentVersion v) {
    return new VersionRow(
        v.number(),
        v.fileName(),
        v.mediaType(),
        v.size(),
        v.sha256(),
        v.uploadedBy(),
        v.uploadedAt());
  }

  static long configuredMaxBytes() {
    try {
      long v = Long.parseLong(Config.get("hh.documents.max-bytes", "" + DEFAULT_MAX_BYTES).strip());
      return v > 0 ? v : DEFAULT_MAX_BYTES;
    } catch (NumberFormatException e) {
      return DEFAULT_MAX_BYTES;
    }
  }

  /** A limit as people read it: "20 MB", "0,5 MB". */
  public static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    return mb == Math.rint(mb)
        ? String.format(Locale.GERMAN, "%.0f MB", mb)
        : String.format(Locale.GERMAN, "%.1f MB", mb);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String baseType(String mediaType) {
    if (mediaType == null) {
      return "";
    }
    int semi = mediaType.indexOf(';');
    return (semi < 0 ? mediaType : mediaType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private String actorName() {
    return actor.require().displayName();
  }

  private static LocalDate today() {
    return LocalDate.now(MemberService.ZONE);
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(MemberService.ZONE);
  }
}
