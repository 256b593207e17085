package de.heldenhelfer.paperwork;

import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.reports.templates.TemplateException;
import de.heldenhelfer.reports.templates.TemplateSource;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ships the starter set (resources {@code de/heldenhelfer/paperwork/templates/}) into the central
 * library at start-up: a template that is missing is added as version 1; a shipped text that
 * changed since becomes a new version, unless the service desk has edited the template meanwhile
 * (then its text wins and the shipped one is ignored). Clubs see the new version in their library.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class TemplateLibrary {
  private static final Logger LOG = Logger.getLogger(TemplateLibrary.class.getName());

  /** Author of the shipped versions. */
  public static final String SHIPPED_BY = "Heldenhelfer (Vorlagensammlung)";

  static final String DIR = "/de/heldenhelfer/paperwork/templates/";

  @PersistenceContext(unitName = "heldenhelfer")
  EntityManager em;

  @PostConstruct
  void ship() {
    try {
      shipStarterSet();
    } catch (RuntimeException e) {
      // a broken starter set must not keep the application from starting
      LOG.log(Level.SEVERE, "template starter set not shipped", e);
    }
  }

  private void shipStarterSet() {
    int added = 0;
    int updated = 0;
    for (String code : starterCodes()) {
      try {
        String text = read(code + ".hhtpl");
        TemplateSource source = TemplateSource.parse(text);
        List<Template> found =
            em.createQuery("SELECT t FROM Template t WHERE t.code = :c", Template.class)
                .setParameter("c", code)
                .getResultList();
        LocalDateTime now = LocalDateTime.now(MemberService.ZONE);
        if (found.isEmpty()) {
          Template t = new Template(code, now);
          t.describe(source.title(), source.category(), source.description(), source.legalBasis());
          em.persist(t);
          em.persist(new TemplateVersion(t, t.nextVersion(now), text, null, SHIPPED_BY, now));
          added++;
          continue;
        }
        Template t = found.get(0);
        TemplateVersion current = current(t);
        if (current != null
            && SHIPPED_BY.equals(current.createdBy())
            && !current.source().equals(text)) {
          t.describe(source.title(), source.category(), source.description(), source.legalBasis());
          em.persist(
              new TemplateVersion(
                  t,
                  t.nextVersion(now),
                  text,
                  "Überarbeitete Fassung der Vorlagensammlung",
                  SHIPPED_BY,
                  now));
          updated++;
        }
      } catch (TemplateException e) {
        LOG.log(Level.SEVERE, "starter template " + code + " is invalid: " + e.problems(), e);
      }
    }
    int a = added;
    int u = updated;
    LOG.info(() -> "template library: " + a + " templates added, " + u + " updated");
  }

  TemplateVersion current(Template t) {
    return em
        .createQuery(
            "SELECT v FROM TemplateVersion v WHERE v.template = :t AND v.number = :n",
            TemplateVersion.class)
        .setParameter("t", t)
        .setParameter("n", t.currentVersion())
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }

  /** The codes of the starter set in display order (index.txt). */
  public static List<String> starterCodes() {
    List<String> codes = new ArrayList<>();
    for (String line : read("index.txt").split("\\R")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        codes.add(l);
      }
    }
    return codes;
  }

  static String read(String name) {
    try (InputStream in = TemplateLibrary.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing template resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
