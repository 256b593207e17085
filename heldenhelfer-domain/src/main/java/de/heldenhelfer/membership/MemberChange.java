package de.heldenhelfer.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One entry of a member's change history: who changed which field when, from what to what. Written
 * by {@link MemberService} for every create, change, end, anonymisation and deletion, also of
 * functions, consents, qualifications, departments, family links and the Führungszeugnis check.
 * Never changed afterwards. When a member is deleted (Art. 17 DSGVO) the history is erased with the
 * member and a single tombstone without member id remains, naming only the member number, who
 * deleted and when. Club-private.
 */
@Entity
@Table(name = "member_change")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "club_id", contextProperty = "eclipselink.tenant-id")
public class MemberChange {
  static final int MAX_VALUE = 1000;

  /** What happened. */
  public enum Action {
    CREATED,
    CHANGED,
    ENDED,
    ANONYMISED,
    DELETED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "member_id")
  private Long memberId;

  @Column(name = "member_number")
  private String memberNumber;

  @Column(name = "changed_at")
  private LocalDateTime changedAt;

  @Column(name = "actor_person_id")
  private Long actorPersonId;

  @Column(name = "actor_name")
  private String actorName;

  @Enumerated(EnumType.STRING)
  private Action action;

  private String field;

  @Column(name = "old_value")
  private String oldValue;

  @Column(name = "new_value")
  private String newValue;

  protected MemberChange() {}

  MemberChange(
      Long memberId,
      String memberNumber,
      LocalDateTime changedAt,
      Long actorPersonId,
      String actorName,
      Action action,
      FieldChange change) {
    this.memberId = memberId;
    this.memberNumber = memberNumber;
    this.changedAt = changedAt;
    this.actorPersonId = actorPersonId;
    this.actorName = actorName.length() > 200 ? actorName.substring(0, 200) : actorName;
    this.action = action;
    this.field = change.field();
    this.oldValue = cut(change.oldValue());
    this.newValue = cut(change.newValue());
  }

  private static String cut(String s) {
    return s == null || s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE - 1) + "…";
  }

  public Long id() {
    return id;
  }

  /** The member, or null for the tombstone of a deleted member. */
  public Long memberId() {
    return memberId;
  }

  public String memberNumber() {
    return memberNumber;
  }

  public LocalDateTime changedAt() {
    return changedAt;
  }

  /** The person who made the change, or null for the platform itself. */
  public Long actorPersonId() {
    return actorPersonId;
  }

  public String actorName() {
    return actorName;
  }

  public Action action() {
    return action;
  }

  /** The field: a key below {@code memberChange.field.} in the message bundle. */
  public String field() {
    return field;
  }

  public String oldValue() {
    return oldValue;
  }

  public String newValue() {
    return newValue;
  }
}
