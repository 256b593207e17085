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
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A club's own copy of a central template, adapted by its board. It remembers which central version
 * it was taken from, so the club sees when the library has a newer one. Club-private.
 */
@Entity
@Table(name = "club_template")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "club_id", contextProperty = "eclipselink.tenant-id")
public class ClubTemplate {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String title;
  private String category;
  private String source;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "based_on_template_id")
  private Template basedOn;

  @Column(name = "based_on_version")
  private Integer basedOnVersion;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  protected ClubTemplate() {}

  ClubTemplate(Template basedOn, TemplateVersion from, String by, LocalDateTime now) {
    this.basedOn = basedOn;
    this.basedOnVersion = from.number();
    this.title = basedOn.title();
    this.category = basedOn.category();
    this.source = from.source();
    this.updatedBy = by;
    this.updatedAt = now;
  }

  /**
   * Replaces the text (already checked by the service) and the title and category of its header.
   */
  void change(String title, String category, String source, String by, LocalDateTime now) {
    this.title = title;
    this.category = category;
    this.source = source;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  /** Takes over the central template's newer version, dropping the club's changes. */
  void rebase(TemplateVersion to, String by, LocalDateTime now) {
    change(basedOn.title(), basedOn.category(), to.source(), by, now);
    this.basedOnVersion = to.number();
  }

  /** Whether the central library has a newer version than the one this copy was taken from. */
  public boolean isOutdated() {
    return basedOn != null && basedOnVersion != null && basedOn.currentVersion() > basedOnVersion;
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

  public String category() {
    return category;
  }

  public String source() {
    return source;
  }

  public Template basedOn() {
    return basedOn;
  }

  public Integer basedOnVersion() {
    return basedOnVersion;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
