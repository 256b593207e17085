package de.heldenhelfer.mailcatcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Local SMTP catcher for the Heldenhelfer development and demo stack: accepts every message sent
 * over SMTP and shows it in a web inbox and a JSON API instead of delivering it.
 *
 * <pre>
 * java -jar heldenhelfer-mailcatcher.jar [--smtp-port 2525] [--http-port 8025]
 *     [--bind 127.0.0.1] [--store DIR]
 * </pre>
 */
public final class MailCatcher implements AutoCloseable {

  static final String USAGE =
      """
      Usage: java -jar heldenhelfer-mailcatcher.jar [options]
        --smtp-port N   SMTP port (default 2525, 0 = any free port)
        --http-port N   web inbox and JSON API port (default 8025, 0 = any free port)
        --bind ADDR     address to listen on (default 127.0.0.1)
        --store DIR     also keep messages as DIR/<id>.eml and load them again at start
        --help          show this help
      """;

  /**
   * Start options.
   *
   * @param bind address to listen on, e.g. {@code 127.0.0.1}
   * @param smtpPort SMTP port, 0 for any free port
   * @param httpPort HTTP port, 0 for any free port
   * @param store directory for persistent messages, {@code null} for memory only
   */
  public record Options(String bind, int smtpPort, int httpPort, Path store) {

    public static final int DEFAULT_SMTP_PORT = 2525;
    public static final int DEFAULT_HTTP_PORT = 8025;
    public static final String DEFAULT_BIND = "127.0.0.1";

    public Options {
      checkPort(smtpPort, "--smtp-port");
      checkPort(httpPort, "--http-port");
      if (bind == null || bind.isBlank()) {
        throw new IllegalArgumentException("--bind must not be empty");
      }
    }

    public static Options defaults() {
      return new Options(DEFAULT_BIND, DEFAULT_SMTP_PORT, DEFAULT_HTTP_PORT, null);
    }

    /** Parses the command line; throws {@link IllegalArgumentException} with a message. */
    public static Options parse(String... args) {
      String bind = DEFAULT_BIND;
      int smtpPort = DEFAULT_SMTP_PORT;
      int httpPort = DEFAULT_HTTP_PORT;
      Path store = null;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        String value = null;
        int eq = arg.indexOf('=');
        if (arg.startsWith("--") && eq > 0) {
          value = arg.substring(eq + 1);
          arg = arg.substring(0, eq);
        }
        switch (arg) {
          case "--smtp-port", "--http-port", "--bind", "--store" -> {
            if (value == null) {
              if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value");
              }
              value = args[++i];
            }
            switch (arg) {
              case "--smtp-port" -> smtpPort = port(arg, value);
              case "--http-port" -> httpPort = port(arg, value);
              case "--bind" -> bind = value;
              default -> {
                if (value.isBlank()) {
                  throw new IllegalArgumentException("--store needs a directory");
                }
                store = Path.of(value);
              }
            }
          }
          default -> throw new IllegalArgumentException("unknown option: " + args[i]);
        }
      }
      return new Options(bind, smtpPort, httpPort, store);
    }

    private static int port(String option, String value) {
      try {
        int port = Integer.parseInt(value.strip());
        checkPort(port, option);
        return port;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " must be a number, not '" + value + "'");
      }
    }

    private static void checkPort(int port, String option) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException(option + " must be between 0 and 65535");
      }
    }
  }

  private final Options options;
  private final MessageStore store;
  private final SmtpServer smtp;
  private final WebServer web;
  private final int smtpPort;
  private final int httpPort;
  private final Object closeLock = new Object();
  private boolean closed;

  private MailCatcher(Options options, MessageStore store, SmtpServer smtp, WebServer web) {
    this.options = options;
    this.store = store;
    this.smtp = smtp;
    this.web = web;
    this.smtpPort = smtp.port();
    this.httpPort = web.port();
  }

  /**
   * Starts SMTP and HTTP listeners. Messages from {@code options.store()} are loaded first.
   *
   * @param log receives one line per received message and warnings
   */
  public static MailCatcher start(Options options, Consumer<String> log) throws IOException {
    InetAddress bind = resolve(options.bind());
    MessageStore store = new MessageStore(options.store(), log);
    SmtpServer smtp = new SmtpServer(bind, options.smtpPort(), store, log);
    WebServer web;
    try {
      web = new WebServer(bind, options.httpPort(), store, log);
    } catch (IOException | RuntimeException e) {
      smtp.close();
      throw e;
    }
    smtp.start();
    web.start();
    return new MailCatcher(options, store, smtp, web);
  }

  private static InetAddress resolve(String host) throws UnknownHostException {
    return InetAddress.getByName(host);
  }

  public int smtpPort() {
    return smtpPort;
  }

  public int httpPort() {
    return httpPort;
  }

  MessageStore store() {
    return store;
  }

  /** Base URL of the web inbox, e.g. {@code http://127.0.0.1:8025/}. */
  public String webUrl() {
    return "http://" + hostForUrl() + ":" + httpPort() + "/";
  }

  /** Number of messages currently held. */
  public int messageCount() {
    return store.size();
  }

  String readyLine() {
    return "mailcatcher: SMTP on " + hostForUrl() + ":" + smtpPort() + ", web on " + webUrl();
  }

  private String hostForUrl() {
    String host = options.bind();
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /** Stops both listeners and closes open connections. Idempotent. */
  @Override
  public void close() {
    synchronized (closeLock) {
      if (closed) {
        return;
      }
      closed = true;
    }
    smtp.close();
    web.close();
  }

  static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Returned by {@link #run} when the catcher was started and keeps running. */
  static final int RUNNING = -1;

  public static void main(String[] args) {
    int exitCode = run(args, System.out, System.err);
    if (exitCode != RUNNING) {
      System.exit(exitCode);
    }
    // the non-daemon listener threads keep the JVM alive until SIGTERM/SIGINT
  }

  /** Starts the catcher; returns {@link #RUNNING} or an exit code (help, bad arguments, error). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        out.print(USAGE);
        return 0;
      }
    }
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("mailcatcher: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    Consumer<String> log =
        line -> {
          synchronized (out) {
            out.println(line);
            out.flush();
          }
        };
    MailCatcher catcher;
    try {
      catcher = start(options, log);
    } catch (IOException | RuntimeException e) {
      err.println(
          "mailcatcher: cannot start on "
              + options.bind()
              + " (SMTP "
              + options.smtpPort()
              + ", HTTP "
              + options.httpPort()
              + "): "
              + e);
      return 1;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  catcher.close();
                  log.accept("mailcatcher: stopped");
                },
                "mailcatcher-shutdown"));
    if (options.store() != null) {
      log.accept(
          "mailcatcher: "
              + catcher.messageCount()
              + " stored message(s) loaded from "
              + options.store().toAbsolutePath());
    }
    log.accept(catcher.readyLine());
    return RUNNING;
  }
}
