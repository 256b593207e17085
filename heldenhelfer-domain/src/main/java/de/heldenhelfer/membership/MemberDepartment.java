package de.heldenhelfer.membership;

import de.heldenhelfer.club.Department;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A member's membership in a department (Abteilung), with its own entry date. Club-private. */
@Entity
@Table(name = "member_department")
@IdClass(MemberDepartment.Key.class)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "club_id", contextProperty = "eclipselink.tenant-id")
public class MemberDepartment {
  /** The composite key: member id and department id. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long member;
    private Long department;

    public Key() {}

    public Key(Long member, Long department) {
      this.member = member;
      this.department = department;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(member, k.member)
          && Objects.equals(department, k.department);
    }

    @Override
    public int hashCode() {
      return Objects.hash(member, department);
    }
  }

  @Id
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "member_id")
  private Member member;

  @Id
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "department_id")
  private Department department;

  @Column(name = "entry_date")
  private LocalDate entryDate;

  protected MemberDepartment() {}

  MemberDepartment(Member member, Department department, LocalDate entryDate) {
    this.member = member;
    this.department = department;
    this.entryDate = entryDate;
  }

  public Member member() {
    return member;
  }

  public Department department() {
    return department;
  }

  public Long departmentId() {
    return department.id();
  }

  public LocalDate entryDate() {
    return entryDate;
  }

  /** For the change history. */
  String describe() {
    return department.name() + " (" + entryDate + ")";
  }
}
