package de.heldenhelfer.paperwork;

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

/** One numbered, unchangeable text of a central {@link Template}. */
@Entity
@Table(name = "template_version")
public class TemplateVersion {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "template_id")
  private Template template;

  private int number;
  private String source;
  private String note;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "created_by")
  private String createdBy;

  protected TemplateVersion() {}

  TemplateVersion(
      Template template, int number, String source, String note, String by, LocalDateTime at) {
    this.template = template;
    this.number = number;
    this.source = source;
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.createdBy = by;
    this.createdAt = at;
  }

  public Long id() {
    return id;
  }

  public Template template() {
    return template;
  }

  public int number() {
    return number;
  }

  public String source() {
    return source;
  }

  public String note() {
    return note;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
