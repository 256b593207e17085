package de.heldenhelfer.security;

import static de.heldenhelfer.security.Permission.CLUB_EDIT;
import static de.heldenhelfer.security.Permission.CLUB_VIEW;
import static de.heldenhelfer.security.Permission.FINANCE;
import static de.heldenhelfer.security.Permission.MEMBER_READ;
import static de.heldenhelfer.security.Permission.MEMBER_WRITE;
import static de.heldenhelfer.security.Permission.ROLE_MANAGE;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A role inside one club. Each carries a fixed set of permissions (ADR 0003). */
public enum ClubRole {
  CHAIR(true, CLUB_VIEW, CLUB_EDIT, MEMBER_READ, MEMBER_WRITE, ROLE_MANAGE, FINANCE),
  VICE_CHAIR(true, CLUB_VIEW, CLUB_EDIT, MEMBER_READ, MEMBER_WRITE, ROLE_MANAGE, FINANCE),
  TREASURER(true, CLUB_VIEW, MEMBER_READ, MEMBER_WRITE, FINANCE),
  SECRETARY(true, CLUB_VIEW, CLUB_EDIT, MEMBER_READ, MEMBER_WRITE),
  DEPARTMENT_LEAD(false, CLUB_VIEW, MEMBER_READ),
  TRAINER(false, CLUB_VIEW, MEMBER_READ),
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

  public Set<Permission> permissions() {
    return permissions;
  }
}
