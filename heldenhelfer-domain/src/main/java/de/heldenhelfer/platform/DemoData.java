package de.heldenhelfer.platform;

import de.heldenhelfer.platform.demo.DemoRegionLoader;
import de.heldenhelfer.platform.demo.Scale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
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
  }
}
