package de.heldenhelfer.statistics;

import de.heldenhelfer.statistics.disclosure.DisclosureControl;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The disclosure threshold k of planners' figures: {@code hh.statistics.k} (system property or
 * environment {@code HH_STATISTICS_K}), 5 by default. A value below {@link DisclosureControl#MIN_K}
 * is never used: it is raised to 3 and a warning is logged.
 */
@ApplicationScoped
public class StatisticsSettings {
  private static final Logger LOG = Logger.getLogger(StatisticsSettings.class.getName());

  @Inject
  @ConfigProperty(name = "hh.statistics.k", defaultValue = "5")
  int configuredK;

  private int k;

  @PostConstruct
  void check() {
    k = effectiveK(configuredK);
    if (k != configuredK) {
      LOG.warning(
          () ->
              "hh.statistics.k=" + configuredK + " is below the minimum; using " + k + " instead");
    }
  }

  /** The threshold in force. */
  public int k() {
    return k;
  }

  /** The threshold used for a configured value: never below the minimum. */
  static int effectiveK(int configured) {
    return Math.max(DisclosureControl.MIN_K, configured);
  }
}
