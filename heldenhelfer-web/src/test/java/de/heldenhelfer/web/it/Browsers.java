package de.heldenhelfer.web.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One browser per person in a journey with several people (register with
 * {@code @RegisterExtension}): opens and logs them in, keeps a screenshot and the page source of
 * every open browser when a test fails, and closes them all after each test.
 */
class Browsers implements AfterTestExecutionCallback, AfterEachCallback {
  private final List<BrowserIT> open = new ArrayList<>();

  /** A browser of its own, logged in as {@code user} (null: an anonymous visitor). */
  BrowserIT as(String user) throws Exception {
    BrowserIT ui = new BrowserIT();
    ui.open();
    open.add(ui);
    if (user != null) {
      ui.login(user);
    }
    return ui;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) throws Exception {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    for (int i = 0; i < open.size(); i++) {
      BrowserIT ui = open.get(i);
      String name = "failed-" + context.getRequiredTestMethod().getName() + "-" + i;
      ui.screenshot(name);
      Files.writeString(
          Path.of("target", "screenshots", name + ".html"), ui.browser.getPageSource());
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    open.forEach(BrowserIT::close);
    open.clear();
  }
}
