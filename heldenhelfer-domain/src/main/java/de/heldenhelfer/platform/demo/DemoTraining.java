package de.heldenhelfer.platform.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The demo's training groups: one per sport department, at a sports hall or field of its club's
 * municipality, on a weekday and time derived from the department, with at most 25 of its members
 * taking part. They feed the planners' facility figures.
 */
final class DemoTraining {
  static final String INSERT =
      "INSERT INTO training_group (club_id, name, sport_code, facility, facility_ags, weekday,"
          + " start_time, end_time, participants, updated_at, updated_by)"
          + " SELECT d.club_id, LEFT(CONCAT(d.name, ' – Training'), 100), d.sport_code,"
          + " CONCAT(IF(d.sport_code % 3 = 0, 'Sportplatz ', 'Sporthalle '), m.name),"
          + " c.municipality_ags, 1 + d.id % 5, MAKETIME(17 + d.id % 3, 0, 0),"
          + " MAKETIME(18 + d.id % 3, 30, 0), LEAST(25, (SELECT COUNT(*) FROM member_department md"
          + " WHERE md.department_id = d.id)), NOW(3), 'Demo' FROM department d"
          + " JOIN club c ON c.id = d.club_id JOIN municipality m ON m.ags = c.municipality_ags"
          + " WHERE d.sport_code IS NOT NULL";

  private DemoTraining() {}

  /** Inserts the groups; returns how many. */
  static int insert(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      return st.executeUpdate(INSERT);
    }
  }
}
