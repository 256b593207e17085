package de.heldenhelfer.security;

/**
 * The closed vocabulary of what a person may do. Club permissions apply inside the club currently
 * selected (the tenant); region permissions come from region roles and apply across clubs.
 */
public enum Permission {
  /** See the club's internal profile and dashboard. */
  CLUB_VIEW(Scope.CLUB),
  /** Change the club's profile. */
  CLUB_EDIT(Scope.CLUB),
  /** Read the member list and member details. */
  MEMBER_READ(Scope.CLUB),
  /** Create, change and end memberships. */
  MEMBER_WRITE(Scope.CLUB),
  /** Export member lists (xlsx, csv, PDF); department staff only their departments' members. */
  MEMBER_EXPORT(Scope.CLUB),
  /** Import the club's member list from a spreadsheet. */
  MEMBER_IMPORT(Scope.CLUB),
  /** Delete or anonymise members (Art. 17 DSGVO). */
  MEMBER_DELETE(Scope.CLUB),
  /**
   * Apply the club's retention rules (Art. 17 DSGVO: anonymise former members, delete
   * Führungszeugnis facts). Held by no role, only by the {@link Principal#system system principal}
   * of the nightly retention job.
   */
  MEMBER_RETENTION(Scope.CLUB),
  /** Assign and end club roles. */
  ROLE_MANAGE(Scope.CLUB),
  /** Treasurer's business: fees, donation receipts. */
  FINANCE(Scope.CLUB),
  /** See the club's tasks and deadlines and the board dashboard. */
  TASK_READ(Scope.CLUB),
  /** Create, complete and assign tasks; configure reminders and deadline rules. */
  TASK_WRITE(Scope.CLUB),
  /**
   * Apply the deadline rules and send task reminders. Held by no role, only by the system principal
   * of the nightly paperwork job.
   */
  TASK_AUTOMATION(Scope.CLUB),
  /** Fill templates for the club and keep club copies of templates. */
  TEMPLATE_USE(Scope.CLUB),
  /** Read and download the club's document archive. */
  DOCUMENT_READ(Scope.CLUB),
  /** Upload, re-categorise and delete documents in the club's archive. */
  DOCUMENT_WRITE(Scope.CLUB),
  /** Post needs (Helfergesuche) with shifts, decide on sign-ups, confirm hours, ask partners. */
  NEED_MANAGE(Scope.CLUB),
  REQUEST_WRITE(Scope.CLUB),
  /** Maintain the central template library shared with all clubs (service desk). */
  TEMPLATE_MANAGE(Scope.REGION),
  /** Verify clubs that registered themselves. */
  CLUB_VERIFY(Scope.REGION),
  /** Answer club requests and publish announcements (service desk). */
  SERVICE_DESK(Scope.REGION),
  /** Match volunteers to needs (agency). */
  MATCHING(Scope.REGION),
  /** See anonymous region statistics (planner). */
  STATISTICS(Scope.REGION),
  /** Run the platform (operator). */
  OPERATE(Scope.REGION);

  /** Where a permission applies. */
  public enum Scope {
    CLUB,
    REGION
  }

  private final Scope scope;

  Permission(Scope scope) {
    this.scope = scope;
  }

  public Scope scope() {
    return scope;
  }
}
