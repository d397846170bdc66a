package io.newsintel.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP forwarder between the service and a real server, to cut the connection off and restore it,
 * or to hold traffic for a while: the server keeps running (other tests share it), the service sees
 * it go down and come back, or answer late.
 */
public final class TcpProxy implements AutoCloseable {

  private final ServerSocket server;
  private final String targetHost;
  private final int targetPort;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean cutOff;
  private final Object gate = new Object();
  private volatile boolean held;
  private final AtomicInteger holding = new AtomicInteger();

  public TcpProxy(String targetUrl) throws IOException {
    URI target = URI.create(targetUrl);
    this.targetHost = target.getHost();
    this.targetPort = target.getPort();
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "tcp-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** Closes every connection and refuses new ones until {@link #restore()}. */
  public void cutOff() {
    cutOff = true;
    for (Socket socket : open) {
      closeQuietly(socket);
    }
    open.clear();
  }

  public void restore() {
    cutOff = false;
  }

  /** Keeps connections open but forwards nothing more, either way, until {@link #release()}. */
  public void hold() {
    held = true;
  }

  public void release() {
    synchronized (gate) {
      held = false;
      gate.notifyAll();
    }
  }

  /** How many reads (requests or answers) are waiting for {@link #release()}. */
  public int holding() {
    return holding.get();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        if (cutOff) {
          closeQuietly(client);
          continue;
        }
        Socket upstream = new Socket(targetHost, targetPort);
        open.add(client);
        open.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
      } catch (IOException e) {
        // server closed, or upstream refused: the client sees its connection close
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                  awaitRelease();
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (IOException e) {
                // connection closed
              } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
              }
            },
            "tcp-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private void awaitRelease() throws IOException {
    if (!held) {
      return;
    }
    holding.incrementAndGet();
    try {
      synchronized (gate) {
        while (held) {
          gate.wait();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while held");
    } finally {
      holding.decrementAndGet();
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    cutOff();
  }
}
