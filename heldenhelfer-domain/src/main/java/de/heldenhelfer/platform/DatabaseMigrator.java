package de.heldenhelfer.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway when the application starts, before any request is
 * served, and then lets {@link DemoData} load the demo region if configured. The data source is
 * defined here from MicroProfile Config ({@code hh.db.url}, {@code hh.db.user}, {@code
 * hh.db.password}; as environment variables {@code HH_DB_URL} …), so the same archive runs against
 * the embedded MariaDB, a test database or a production server.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/heldenhelfer",
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=hh.db.url}",
    user = "${MPCONFIG=hh.db.user}",
    password = "${MPCONFIG=hh.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {
  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @jakarta.inject.Inject DemoData demoData;

  @jakarta.inject.Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(name = "hh.db.url")
  String url;

  @jakarta.inject.Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(name = "hh.db.user")
  String user;

  @jakarta.inject.Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(name = "hh.db.password")
  String password;

  /**
   * Migrates over a plain JDBC connection of its own: the container's pooled data source is XA and
   * would enlist Flyway's own commits in a global transaction.
   */
  @PostConstruct
  void migrate() {
    Flyway flyway =
        Flyway.configure(DatabaseMigrator.class.getClassLoader())
            .dataSource(url, user, password)
            .locations("classpath:db/migration")
            .load();
    MigrateResult result = flyway.migrate();
    DataSource dataSource = flyway.getConfiguration().getDataSource();
    LOG.info(
        () ->
            "Heldenhelfer schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    demoData.loadIfConfigured(dataSource);
  }
}
