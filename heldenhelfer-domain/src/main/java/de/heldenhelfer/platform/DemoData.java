package de.heldenhelfer.platform;

import de.heldenhelfer.platform.demo.DemoAccounts;
import de.heldenhelfer.platform.demo.DemoRegionLoader;
import de.heldenhelfer.platform.demo.Scale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo region into an empty database when {@code hh.demo.load=true} (the run command and
 * the test stack set it; production leaves it off). Reproducible from {@code hh.demo.seed}.
 */
@ApplicationScoped
public class DemoData {
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "hh.demo.load", defaultValue = "false")
  boolean load;

  @Inject
  @ConfigProperty(name = "hh.demo.seed", defaultValue = "20260101")
  long seed;

  @Inject
  @ConfigProperty(name = "hh.demo.scale", defaultValue = "DEMO")
  String scale;

  void loadIfConfigured(DataSource dataSource) {
    if (!load) {
      return;
    }
    DemoRegionLoader.LoadResult result =
        DemoRegionLoader.load(dataSource, seed, Scale.valueOf(scale), LocalDate.of(2026, 1, 1));
    LOG.info(
        () ->
            result.loaded()
                ? "Demo region loaded: "
                    + result.clubs()
                    + " clubs, "
                    + result.members()
                    + " members, "
                    + result.volunteers()
                    + " volunteers in "
                    + result.elapsedMs()
                    + " ms"
                : "Demo region already present; nothing loaded");
    if (result.loaded()) {
      statutes(dataSource);
    }
  }

  /** Whether the demo region is configured to load (the paperwork demo runs its rules then). */
  public boolean isEnabled() {
    return load;
  }

  /**
   * What the demo clubs' statutes say about the general meeting: the last one some months ago,
   * invitation periods of two to four weeks; TSV 1862 Würzburg-Süd has its next meeting planned in
   * about six weeks, so that its board sees the invitation deadline coming up.
   */
  private static void statutes(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE club SET last_general_meeting = CURDATE() - INTERVAL (2 + MOD(id, 10)) MONTH,"
              + " invitation_period_days = 14 + 7 * MOD(id, 3), tax_office = 'Würzburg'"
              + " WHERE last_general_meeting IS NULL");
      s.executeUpdate(
          "UPDATE club SET next_general_meeting = CURDATE() + INTERVAL 45 DAY WHERE slug = '"
              + DemoAccounts.CLUB_TSV_WUERZBURG_SUED
              + "'");
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "demo statutes not set", e);
    }
  }
}
