package de.heldenhelfer.servicedesk;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A file attached to a message of a request; checked like every upload before it is stored. */
@Entity
@Table(name = "desk_attachment")
public class DeskAttachment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private DeskRequest request;

  @Column(name = "request_id", insertable = false, updatable = false)
  private Long requestId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "message_id")
  private DeskMessage message;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "media_type")
  private String mediaType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  protected DeskAttachment() {}

  DeskAttachment(DeskMessage message, String fileName, String mediaType, byte[] content) {
    this.message = message;
    this.request = message.request();
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.sizeBytes = content.length;
    this.content = content;
  }

  public Long id() {
    return id;
  }

  public long requestId() {
    return requestId;
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
