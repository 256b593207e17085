package de.heldenhelfer.membership;

import de.heldenhelfer.club.Department;
import de.heldenhelfer.shared.RuleViolationException;
import jakarta.persistence.Column;
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
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A function (Amt) a member holds for a term of office, optionally for one department (trainer of
 * the football department). Open while it has no end or the end lies in the future. Club-private.
 */
@Entity
@Table(name = "member_function")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "club_id", contextProperty = "eclipselink.tenant-id")
public class MemberFunction {
  static final int MAX_TITLE = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "member_id")
  private Member member;

  @Enumerated(EnumType.STRING)
  private FunctionKind kind;

  private String title;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "department_id")
  private Department department;

  @Column(name = "term_start")
  private LocalDate termStart;

  @Column(name = "term_end")
  private LocalDate termEnd;

  protected MemberFunction() {}

  MemberFunction(
      Member member,
      FunctionKind kind,
      String title,
      Department department,
      LocalDate termStart,
      LocalDate termEnd) {
    if (kind == null) {
      throw new RuleViolationException("kind", "function.kind.required");
    }
    String t = Checks.text("title", title, MAX_TITLE);
    if (kind == FunctionKind.OTHER && t == null) {
      throw new RuleViolationException("title", "function.title.required");
    }
    if (termStart == null) {
      throw new RuleViolationException("termStart", "function.start.required");
    }
    checkEnd(termStart, termEnd);
    this.member = member;
    this.kind = kind;
    this.title = t;
    this.department = department;
    this.termStart = termStart;
    this.termEnd = termEnd;
  }

  private static void checkEnd(LocalDate start, LocalDate end) {
    if (end != null && end.isBefore(start)) {
      throw new RuleViolationException("termEnd", "function.end.beforeStart", start);
    }
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Member member() {
    return member;
  }

  public FunctionKind kind() {
    return kind;
  }

  /** The free title (for OTHER, or a refinement such as "Dirigent"), or null. */
  public String title() {
    return title;
  }

  public Department department() {
    return department;
  }

  public LocalDate termStart() {
    return termStart;
  }

  public LocalDate termEnd() {
    return termEnd;
  }

  /** Open: no end yet or an end after {@code today}. */
  public boolean isOpenOn(LocalDate today) {
    return termEnd == null || termEnd.isAfter(today);
  }

  /** Ends the term on {@code end}; refuses an end before the start. */
  void end(LocalDate end) {
    if (end == null) {
      throw new RuleViolationException("termEnd", "function.end.required");
    }
    checkEnd(termStart, end);
    this.termEnd = end;
  }

  /** For the change history. */
  String describe() {
    return kind.name()
        + (title == null ? "" : " " + title)
        + (department == null ? "" : " [" + department.name() + "]")
        + " "
        + termStart
        + " – "
        + (termEnd == null ? "" : termEnd);
  }
}
