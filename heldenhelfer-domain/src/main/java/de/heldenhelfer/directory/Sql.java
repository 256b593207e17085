package de.heldenhelfer.directory;

import jakarta.persistence.EntityManager;
import java.time.LocalTime;
import java.util.List;

/**
 * Native reads of the public directory. They bypass the tenancy filter on purpose (the directory
 * spans clubs), so every statement names the public columns it reads and binds the club explicitly.
 */
final class Sql {
  private Sql() {}

  @SuppressWarnings("unchecked")
  static List<Object[]> rows(EntityManager em, String sql, Object... params) {
    var q = em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", "true");
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    return q.getResultList();
  }

  static LocalTime time(Object o) {
    return o instanceof java.sql.Time t ? t.toLocalTime() : (LocalTime) o;
  }
}
