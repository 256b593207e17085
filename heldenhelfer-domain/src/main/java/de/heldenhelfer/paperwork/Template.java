package de.heldenhelfer.paperwork;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A template of the central library, maintained by the service desk and shared with every club. Its
 * text lives in numbered {@link TemplateVersion}s; title, category, description and legal basis
 * follow the current version's header. Region data: not tenant-filtered.
 */
@Entity
@Table(name = "template")
public class Template {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String code;
  private String title;
  private String category;
  private String description;

  @Column(name = "legal_basis")
  private String legalBasis;

  @Column(name = "current_version")
  private int currentVersion;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  protected Template() {}

  Template(String code, LocalDateTime now) {
    this.code = code;
    this.currentVersion = 0;
    this.updatedAt = now;
  }

  /** Takes over the header of a new current version. */
  void describe(String title, String category, String description, String legalBasis) {
    this.title = cut(title, 200);
    this.category = category;
    this.description = cut(description, 2000);
    this.legalBasis = cut(legalBasis, 300);
  }

  /** Adds the next version number and returns it. */
  int nextVersion(LocalDateTime now) {
    currentVersion++;
    updatedAt = now;
    return currentVersion;
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public String category() {
    return category;
  }

  public String description() {
    return description;
  }

  public String legalBasis() {
    return legalBasis;
  }

  public int currentVersion() {
    return currentVersion;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }
}
