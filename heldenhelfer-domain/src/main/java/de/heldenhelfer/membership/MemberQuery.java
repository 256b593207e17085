package de.heldenhelfer.membership;

import java.io.Serializable;

/**
 * What a member list shows: a search text (name, number or e-mail), an optional status, and the
 * sort column. Immutable; lists build new ones as the user filters.
 */
public record MemberQuery(String search, MemberStatus status, Sort sort, boolean descending)
    implements Serializable {
  /** Sortable columns, mapped to JPQL paths so no user text reaches the query. */
  public enum Sort {
    NAME("m.lastName, m.firstName"),
    NUMBER("m.memberNumber"),
    ENTRY("m.entryDate"),
    BIRTH("m.birthDate");

    private final String jpql;

    Sort(String jpql) {
      this.jpql = jpql;
    }

    String jpql(boolean descending) {
      String dir = descending ? " DESC" : " ASC";
      return String.join(dir + ", ", jpql.split(", ")) + dir;
    }
  }

  public MemberQuery {
    search = search == null ? "" : search.strip();
    sort = sort == null ? Sort.NAME : sort;
  }

  public static MemberQuery all() {
    return new MemberQuery("", null, Sort.NAME, false);
  }
}
