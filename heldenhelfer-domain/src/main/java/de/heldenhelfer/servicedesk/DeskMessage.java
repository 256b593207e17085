package de.heldenhelfer.servicedesk;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** One entry of a request's thread, by the club or by the service desk. */
@Entity
@Table(name = "desk_message")
public class DeskMessage {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private DeskRequest request;

  @Column(name = "author_id")
  private long authorId;

  @Column(name = "author_name")
  private String authorName;

  @Column(name = "from_desk")
  private boolean fromDesk;

  private String body;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @OneToMany(mappedBy = "message", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<DeskAttachment> attachments = new ArrayList<>();

  protected DeskMessage() {}

  DeskMessage(
      DeskRequest request,
      long authorId,
      String authorName,
      boolean fromDesk,
      String body,
      LocalDateTime createdAt) {
    this.request = request;
    this.authorId = authorId;
    this.authorName = authorName;
    this.fromDesk = fromDesk;
    this.body = body;
    this.createdAt = createdAt;
  }

  void attach(String fileName, String mediaType, byte[] content) {
    attachments.add(new DeskAttachment(this, fileName, mediaType, content));
  }

  public Long id() {
    return id;
  }

  DeskRequest request() {
    return request;
  }

  public String authorName() {
    return authorName;
  }

  public long authorId() {
    return authorId;
  }

  public boolean fromDesk() {
    return fromDesk;
  }

  public String body() {
    return body;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public List<DeskAttachment> attachments() {
    return List.copyOf(attachments);
  }
}
