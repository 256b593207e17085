package de.heldenhelfer.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One uploaded version of a document: file name, media type, size, SHA-256 and who uploaded it
 * when. Immutable once stored; the content is in {@link DocumentChunk}s. Club-private.
 */
@Entity
@Table(name = "document_version")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "club_id", contextProperty = "eclipselink.tenant-id")
public class DocumentVersion {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "document_id")
  private ArchivedDocument document;

  private int number;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "media_type")
  private String mediaType;

  @Column(name = "size_bytes")
  private long size;

  private String sha256;

  @Column(name = "chunk_count")
  private int chunkCount;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "uploaded_by_person_id")
  private Long uploadedByPersonId;

  @Column(name = "uploaded_at")
  private LocalDateTime uploadedAt;

  protected DocumentVersion() {}

  DocumentVersion(
      ArchivedDocument document,
      int number,
      String fileName,
      String mediaType,
      long size,
      String sha256,
      int chunkCount,
      String uploadedBy,
      Long uploadedByPersonId,
      LocalDateTime uploadedAt) {
    this.document = document;
    this.number = number;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.size = size;
    this.sha256 = sha256;
    this.chunkCount = chunkCount;
    this.uploadedBy = uploadedBy;
    this.uploadedByPersonId = uploadedByPersonId;
    this.uploadedAt = uploadedAt;
  }

  public Long id() {
    return id;
  }

  public ArchivedDocument document() {
    return document;
  }

  public int number() {
    return number;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public int chunkCount() {
    return chunkCount;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Long uploadedByPersonId() {
    return uploadedByPersonId;
  }

  public LocalDateTime uploadedAt() {
    return uploadedAt;
  }
}
