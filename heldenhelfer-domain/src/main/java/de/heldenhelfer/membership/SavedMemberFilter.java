package de.heldenhelfer.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A member list filter a person saved under a name, in one club. Club-private, per person. */
@Entity
@Table(name = "saved_member_filter")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "club_id", contextProperty = "eclipselink.tenant-id")
public class SavedMemberFilter {
  static final int MAX_NAME = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "person_id")
  private Long personId;

  private String name;

  private String query;

  /** Set by the application in Europe/Berlin, like every other timestamp (ADR 0008). */
  @Column(name = "created_at", updatable = false)
  private LocalDateTime createdAt;

  @PrePersist
  void stampCreation() {
    if (createdAt == null) {
      createdAt = LocalDateTime.now(MemberService.ZONE);
    }
  }

  protected SavedMemberFilter() {}

  SavedMemberFilter(long personId, String name, MemberQuery query) {
    this.personId = personId;
    this.name =
        Checks.text("name", Checks.required("name", name, "filter.name.required"), MAX_NAME);
    this.query = query.toText();
  }

  public Long id() {
    return id;
  }

  public Long personId() {
    return personId;
  }

  public String name() {
    return name;
  }

  /** The saved filter; parts a later version no longer knows are left out. */
  public MemberQuery query() {
    return MemberQuery.fromText(query);
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  void replace(MemberQuery query) {
    this.query = query.toText();
  }
}
