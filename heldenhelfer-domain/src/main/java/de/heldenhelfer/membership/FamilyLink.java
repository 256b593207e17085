package de.heldenhelfer.membership;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A link between two members of a family: the related member is the parent or guardian of the
 * member, or the main member of the family membership the member belongs to. Club-private.
 */
@Entity
@Table(name = "family_link")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "club_id", contextProperty = "eclipselink.tenant-id")
public class FamilyLink {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "member_id")
  private Member member;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "related_member_id")
  private Member related;

  @Enumerated(EnumType.STRING)
  private FamilyRelation relation;

  protected FamilyLink() {}

  FamilyLink(Member member, Member related, FamilyRelation relation) {
    this.member = member;
    this.related = related;
    this.relation = relation;
  }

  public Long id() {
    return id;
  }

  /** The child or family member. */
  public Member member() {
    return member;
  }

  /** The parent, guardian or main member. */
  public Member related() {
    return related;
  }

  public FamilyRelation relation() {
    return relation;
  }

  /** For the change history. */
  String describe() {
    return relation.name() + " " + related.memberNumber() + " " + related.fullName();
  }
}
