package de.heldenhelfer.documents;

import de.heldenhelfer.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A document of the club's archive: title, category, description and retention. Its versions
 * ({@link DocumentVersion}) and their content ({@link DocumentChunk}) live in tables of their own,
 * so lists never load content. Club-private.
 */
@Entity
@Table(name = "document")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "club_id", contextProperty = "eclipselink.tenant-id")
public class ArchivedDocument {
  static final int MAX_TITLE = 200;
  static final int MAX_DESCRIPTION = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String title;

  @Enumerated(EnumType.STRING)
  private DocumentCategory category;

  private String description;

  @Column(name = "keep_until_override")
  private LocalDate keepUntilOverride;

  @Column(name = "keep_forever")
  private Boolean keepForever;

  @Column(name = "current_number")
  private int currentNumber;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  protected ArchivedDocument() {}

  /** A new document; its first version is added by the service. */
  static ArchivedDocument create(DocumentDraft draft, String by, LocalDateTime now) {
    ArchivedDocument d = new ArchivedDocument();
    d.createdAt = now;
    d.createdBy = by;
    d.updatedAt = now;
    d.apply(draft);
    return d;
  }

  /** Changes title, category, description and the retention override. */
  void apply(DocumentDraft draft) {
    String t = draft.title() == null ? "" : draft.title().strip();
    if (t.isEmpty()) {
      throw new RuleViolationException("title", "document.title.required");
    }
    if (t.length() > MAX_TITLE) {
      throw new RuleViolationException("title", "document.title.tooLong", MAX_TITLE);
    }
    if (draft.category() == null) {
      throw new RuleViolationException("category", "document.category.required");
    }
    String desc = draft.description() == null ? null : draft.description().strip();
    if (desc != null && desc.length() > MAX_DESCRIPTION) {
      throw new RuleViolationException(
          "description", "document.description.tooLong", MAX_DESCRIPTION);
    }
    LocalDate until = draft.keepUntil();
    if (until != null && draft.keepForever()) {
      throw new RuleViolationException("keepUntil", "document.retention.both");
    }
    if (until != null && until.isBefore(createdAt.toLocalDate())) {
      throw new RuleViolationException(
          "keepUntil", "document.retention.beforeArchived", createdAt.toLocalDate());
    }
    title = t;
    category = draft.category();
    description = desc == null || desc.isEmpty() ? null : desc;
    keepUntilOverride = until;
    keepForever = draft.keepForever() ? Boolean.TRUE : null;
  }

  /** Records a new current version. */
  int nextVersion(LocalDateTime now) {
    currentNumber++;
    updatedAt = now;
    return currentNumber;
  }

  void touch(LocalDateTime now) {
    updatedAt = now;
  }

  /**
   * Until when the document is kept: the board's override, else the category's default counted from
   * the end of the year it was archived; {@code null} means permanently.
   */
  public LocalDate keepUntil() {
    if (Boolean.TRUE.equals(keepForever)) {
      return null;
    }
    if (keepUntilOverride != null) {
      return keepUntilOverride;
    }
    return category.defaultKeepUntil(createdAt.toLocalDate());
  }

  /** True once the retention period has ended on {@code today}. */
  public boolean isPastRetention(LocalDate today) {
    LocalDate until = keepUntil();
    return until != null && today.isAfter(until);
  }

  /**
   * The board may delete a document whose retention has ended, and a document archived today (a
   * mistaken upload). Anything else must first get a shorter retention, on purpose.
   */
  void checkDeletable(LocalDate today) {
    if (!isPastRetention(today) && !createdAt.toLocalDate().equals(today)) {
      LocalDate until = keepUntil();
      if (until == null) {
        throw new RuleViolationException("keepUntil", "document.delete.keptForever", title);
      }
      throw new RuleViolationException("keepUntil", "document.delete.retained", title, until);
    }
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String title() {
    return title;
  }

  public DocumentCategory category() {
    return category;
  }

  public String description() {
    return description;
  }

  public LocalDate keepUntilOverride() {
    return keepUntilOverride;
  }

  public boolean keepForever() {
    return Boolean.TRUE.equals(keepForever);
  }

  /** True if the board set the retention of this document itself. */
  public boolean retentionOverridden() {
    return keepForever() || keepUntilOverride != null;
  }

  public int currentNumber() {
    return currentNumber;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }
}
