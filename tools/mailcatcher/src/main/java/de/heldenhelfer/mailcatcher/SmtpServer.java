package de.heldenhelfer.mailcatcher;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** SMTP listener: accepts connections and runs one {@link SmtpSession} per connection. */
final class SmtpServer implements Closeable {

  /** Largest accepted message in bytes (advertised as SIZE). */
  static final int MAX_MESSAGE_SIZE = 26_214_400;

  /** Simultaneous SMTP connections; further connections get a 421 reply. */
  static final int MAX_CONNECTIONS = 64;

  /** Idle time after which a connection is closed (RFC 5321 recommends at least 5 minutes). */
  static final int IDLE_TIMEOUT_MILLIS = 5 * 60 * 1000;

  private final ServerSocket serverSocket;
  private final MessageStore store;
  private final Consumer<String> log;
  private final ThreadPoolExecutor workers;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;
  private volatile boolean closed;

  SmtpServer(InetAddress bind, int port, MessageStore store, Consumer<String> log)
      throws IOException {
    this.store = store;
    this.log = log;
    this.serverSocket = new ServerSocket();
    serverSocket.setReuseAddress(true);
    try {
      serverSocket.bind(new InetSocketAddress(bind, port), 50);
    } catch (IOException e) {
      serverSocket.close();
      throw e;
    }
    this.workers =
        new ThreadPoolExecutor(
            0,
            MAX_CONNECTIONS,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            MailCatcher.daemonThreads("mailcatcher-smtp"));
    this.acceptor = new Thread(this::acceptLoop, "mailcatcher-smtp-accept");
  }

  void start() {
    acceptor.start();
  }

  int port() {
    return serverSocket.getLocalPort();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        if (!closed) {
          log.accept("mailcatcher: SMTP accept failed: " + e);
        }
        continue;
      }
      try {
        workers.execute(() -> serve(socket));
      } catch (RejectedExecutionException e) {
        refuse(socket);
      }
    }
  }

  private void serve(Socket socket) {
    connections.add(socket);
    try (socket) {
      if (closed) {
        return;
      }
      socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
      if (store.outageLeft() > 0) {
        // a simulated outage (POST /api/outage): what a server that is down for maintenance says
        OutputStream out = socket.getOutputStream();
        out.write(
            "421 4.3.2 Service not available (simulated outage), try again later\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return;
      }
      SmtpSession session =
          new SmtpSession(socket.getInputStream(), socket.getOutputStream(), store, log);
      try {
        session.run();
      } catch (SocketTimeoutException e) {
        session.reply("421 Idle timeout, closing connection");
      }
    } catch (SocketException e) {
      // connection reset by the client or closed on shutdown
    } catch (IOException | RuntimeException e) {
      if (!closed) {
        log.accept("mailcatcher: SMTP session failed: " + e);
      }
    } finally {
      connections.remove(socket);
    }
  }

  private static void refuse(Socket socket) {
    try (socket) {
      OutputStream out = socket.getOutputStream();
      out.write(
          "421 Too many connections, try again later\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    } catch (IOException e) {
      // nothing to do
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      serverSocket.close();
    } catch (IOException e) {
      // ignore
    }
    for (Socket socket : connections) {
      try {
        socket.close();
      } catch (IOException e) {
        // ignore
      }
    }
    workers.shutdownNow();
    try {
      acceptor.join(2000);
      workers.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
