package io.credpath.api;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most {@code max} open connections per client address: a connection over the limit is closed as soon as it
 * opens, so one address cannot take the connections every other client needs. Added to the server as a bean, it
 * attaches itself to the server's connectors when the server starts (as Jetty's own ConnectionLimit does).
 */
final class AddressConnectionLimit extends AbstractLifeCycle implements Connection.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(AddressConnectionLimit.class);
  private final Server server;
  private final int max;
  private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
  /**
   * Each counted connection's address as it was when it opened: once its channel is closed, Jetty no longer knows
   * the remote address, and a count decremented by what it says then never went down, so after {@code max}
   * connections in all (not at once) an address was refused for good.
   */
  private final Map<Connection, InetAddress> counted = new ConcurrentHashMap<>();

  AddressConnectionLimit(Server server, int max) {
    this.server = server;
    this.max = max;
  }

  @Override
  protected void doStart() {
    for (Connector c : server.getConnectors()) if (c instanceof AbstractConnector a) a.addBean(this);
  }

  @Override
  protected void doStop() {
    for (Connector c : server.getConnectors()) if (c instanceof AbstractConnector a) a.removeBean(this);
  }

  @Override
  public void onOpened(Connection connection) {
    InetAddress address = address(connection);
    if (address == null) return;
    counted.put(connection, address);
    int count = open.merge(address, 1, Integer::sum);
    if (count > max) {
      LOG.debug("closing a connection from {}: it has {} open, the limit is {}", address, count - 1, max);
      connection.getEndPoint().close();
    }
  }

  @Override
  public void onClosed(Connection connection) {
    InetAddress address = counted.remove(connection);
    if (address != null) open.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
  }

  private static InetAddress address(Connection connection) {
    SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
    return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
  }
}
