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

/** Which version of a central template the club used last. Club-private. */
@Entity
@Table(name = "template_use")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "club_id", contextProperty = "eclipselink.tenant-id")
public class TemplateUse {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "template_id")
  private Template template;

  @Column(name = "last_version")
  private int lastVersion;

  @Column(name = "last_used_at")
  private LocalDateTime lastUsedAt;

  protected TemplateUse() {}

  TemplateUse(Template template, int version, LocalDateTime now) {
    this.template = template;
    used(version, now);
  }

  void used(int version, LocalDateTime now) {
    this.lastVersion = version;
    this.lastUsedAt = now;
  }

  public Template template() {
    return template;
  }

  public int lastVersion() {
    return lastVersion;
  }

  public LocalDateTime lastUsedAt() {
    return lastUsedAt;
  }
}
