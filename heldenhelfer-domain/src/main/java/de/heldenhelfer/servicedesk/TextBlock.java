package de.heldenhelfer.servicedesk;

import de.heldenhelfer.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** A reusable answer of the service desk ("Textbaustein"). */
@Entity
@Table(name = "desk_text_block")
public class TextBlock {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String title;
  private String body;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  protected TextBlock() {}

  public TextBlock(String title, String body, String by, LocalDateTime now) {
    change(title, body, by, now);
  }

  public void change(String title, String body, String by, LocalDateTime now) {
    String t = title == null ? "" : title.strip();
    String b = body == null ? "" : body.strip();
    if (t.isEmpty()) {
      throw new RuleViolationException("title", "textBlock.title.required");
    }
    if (t.length() > 150) {
      throw new RuleViolationException("title", "textBlock.title.tooLong", 150);
    }
    if (b.isEmpty()) {
      throw new RuleViolationException("body", "textBlock.body.required");
    }
    this.title = t;
    this.body = b;
    this.updatedBy = by;
    this.updatedAt = now;
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

  public String body() {
    return body;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
