package io.newsintel.infra;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Port checks done before a server starts, so that a taken port is a sentence, not a crash. */
public final class Ports {

  private Ports() {}

  /**
   * A port that is free now on loopback, or {@code requested} after checking that it is free.
   *
   * @param requested the configured port, 0 for any free port
   * @param what what the port is for, as the user would call it ("Kafka")
   * @param envName the environment variable that changes it
   */
  public static int claim(int requested, String what, String envName) {
    if (requested == 0) {
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new InfrastructureException(
            "Could not find a free port for " + what + ": " + e.getMessage(), e);
      }
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), requested));
      return requested;
    } catch (BindException e) {
      throw new InfrastructureException(
          "Port "
              + requested
              + " for "
              + what
              + " is already in use by another process. Stop that process, or choose another port with "
              + envName
              + "=<port>.");
    } catch (IOException e) {
      throw new InfrastructureException(
          "Could not check port " + requested + " for " + what + ": " + e.getMessage(), e);
    }
  }

  /** Whether something accepts TCP connections on loopback at that port. */
  public static boolean isListening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
