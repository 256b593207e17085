package de.heldenhelfer.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive in-container tests deploy: the real web module as Maven built it, plus the test
 * classes, under its own context root next to the EAR that ./hh test deployed.
 */
final class Deployments {
  private Deployments() {}

  static WebArchive application(String name, Class<?>... testClasses) {
    File war = new File(System.getProperty("hh.war", "target/heldenhelfer-web.war"));
    WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
    WebArchive renamed = ShrinkWrap.create(WebArchive.class, name + ".war").merge(archive);
    renamed.delete("WEB-INF/glassfish-web.xml");
    renamed.addClasses(testClasses);
    renamed.addClass(Deployments.class);
    renamed.addClass(InContainerTest.class);
    return renamed;
  }
}
