package de.heldenhelfer.security;

import static de.heldenhelfer.security.Permission.CLUB_EDIT;
import static de.heldenhelfer.security.Permission.CLUB_VIEW;
import static de.heldenhelfer.security.Permission.DOCUMENT_READ;
import static de.heldenhelfer.security.Permission.DOCUMENT_WRITE;
import static de.heldenhelfer.security.Permission.FINANCE;
import static de.heldenhelfer.security.Permission.MEMBER_DELETE;
import static de.heldenhelfer.security.Permission.MEMBER_EXPORT;
import static de.heldenhelfer.security.Permission.MEMBER_IMPORT;
import static de.heldenhelfer.security.Permission.MEMBER_READ;
import static de.heldenhelfer.security.Permission.MEMBER_WRITE;
import static de.heldenhelfer.security.Permission.NEED_MANAGE;
import static de.heldenhelfer.security.Permission.REQUEST_WRITE;
import static de.heldenhelfer.security.Permission.ROLE_MANAGE;
import static de.heldenhelfer.security.Permission.TASK_READ;
import static de.heldenhelfer.security.Permission.TASK_WRITE;
import static de.heldenhelfer.security.Permission.TEMPLATE_USE;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A role inside one club. Each carries a fixed set of permissions (ADR 0003). Department leads and
 * trainers are department-scoped: they read only the members of the departments their role
 * assignment names ({@code club_role.department_id}); board roles see the whole club.
 */
public enum ClubRole {
  CHAIR(
      true,
      CLUB_VIEW,
      CLUB_EDIT,
      MEMBER_READ,
      MEMBER_WRITE,
      MEMBER_EXPORT,
      MEMBER_IMPORT,
      MEMBER_DELETE,
      ROLE_MANAGE,
      FINANCE,
      TASK_READ,
      TASK_WRITE,
      TEMPLATE_USE,
      DOCUMENT_READ,
      DOCUMENT_WRITE,
      NEED_MANAGE,
      REQUEST_WRITE),
  VICE_CHAIR(
      true,
      CLUB_VIEW,
      CLUB_EDIT,
      MEMBER_READ,
      MEMBER_WRITE,
      MEMBER_EXPORT,
      MEMBER_IMPORT,
      MEMBER_DELETE,
      ROLE_MANAGE,
      FINANCE,
      TASK_READ,
      TASK_WRITE,
      TEMPLATE_USE,
      DOCUMENT_READ,
      DOCUMENT_WRITE,
      NEED_MANAGE,
      REQUEST_WRITE),
  TREASURER(
      true,
      CLUB_VIEW,
      MEMBER_READ,
      MEMBER_WRITE,
      MEMBER_EXPORT,
      MEMBER_IMPORT,
      FINANCE,
      TASK_READ,
      TASK_WRITE,
      TEMPLATE_USE,
      DOCUMENT_READ,
      DOCUMENT_WRITE,
      NEED_MANAGE,
      REQUEST_WRITE),
  SECRETARY(
      true,
      CLUB_VIEW,
      CLUB_EDIT,
      MEMBER_READ,
      MEMBER_WRITE,
      MEMBER_EXPORT,
      MEMBER_IMPORT,
      MEMBER_DELETE,
      TASK_READ,
      TASK_WRITE,
      TEMPLATE_USE,
      DOCUMENT_READ,
      DOCUMENT_WRITE,
      NEED_MANAGE,
      REQUEST_WRITE),
  DEPARTMENT_LEAD(false, CLUB_VIEW, MEMBER_READ, MEMBER_EXPORT),
  TRAINER(false, CLUB_VIEW, MEMBER_READ, MEMBER_EXPORT),
  MEMBER(false, CLUB_VIEW);

  private final boolean board;
  private final Set<Permission> permissions;

  ClubRole(boolean board, Permission... permissions) {
    this.board = board;
    EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
    for (Permission p : permissions) {
      if (p.scope() != Permission.Scope.CLUB) {
        throw new IllegalStateException(p + " is not a club permission");
      }
      set.add(p);
    }
    this.permissions = Collections.unmodifiableSet(set);
  }

  /** True for the Vorstand (board) roles. */
  public boolean isBoard() {
    return board;
  }

  /** True for roles confined to the members of their department(s): department lead, trainer. */
  public boolean isDepartmentScoped() {
    return this == DEPARTMENT_LEAD || this == TRAINER;
  }

  public Set<Permission> permissions() {
    return permissions;
  }
}
