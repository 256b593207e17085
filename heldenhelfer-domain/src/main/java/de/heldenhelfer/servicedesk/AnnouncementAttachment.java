package de.heldenhelfer.servicedesk;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A file attached to an announcement. */
@Entity
@Table(name = "announcement_attachment")
public class AnnouncementAttachment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "announcement_id")
  private long announcementId;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "media_type")
  private String mediaType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  protected AnnouncementAttachment() {}

  AnnouncementAttachment(long announcementId, String fileName, String mediaType, byte[] content) {
    this.announcementId = announcementId;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.sizeBytes = content.length;
    this.content = content;
  }

  public Long id() {
    return id;
  }

  public long announcementId() {
    return announcementId;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public byte[] content() {
    return content;
  }
}
