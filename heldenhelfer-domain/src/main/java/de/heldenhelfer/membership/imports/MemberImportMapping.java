package de.heldenhelfer.membership.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The column mapping the club used for its last member import (one per club). Club-private. */
@Entity
@Table(name = "member_import_mapping")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "club_id", contextProperty = "eclipselink.tenant-id")
public class MemberImportMapping {
  static final int MAX_TEXT = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String mapping;

  @Column(name = "changed_at")
  private LocalDateTime changedAt;

  @Column(name = "changed_by")
  private Long changedBy;

  protected MemberImportMapping() {}

  public MemberImportMapping(String mapping, LocalDateTime at, Long personId) {
    remember(mapping, at, personId);
  }

  /** Replaces the remembered mapping (text of {@link ColumnMapping#toText}). */
  public void remember(String text, LocalDateTime at, Long personId) {
    String t = text == null ? "" : text;
    // a very wide list: keep whole lines only
    while (t.length() > MAX_TEXT && t.lastIndexOf('\n') > 0) {
      t = t.substring(0, t.lastIndexOf('\n'));
    }
    this.mapping = t.length() > MAX_TEXT ? "" : t;
    this.changedAt = at;
    this.changedBy = personId;
  }

  /** Normalised column name → field. */
  public Map<String, ImportField> remembered() {
    return ColumnMapping.rememberedFromText(mapping);
  }

  public LocalDateTime changedAt() {
    return changedAt;
  }
}
