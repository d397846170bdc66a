package io.newsintel.ingest.fetch;

/** A fetch was refused because the host resolves to an address we must not reach. */
public class BlockedAddressException extends FetchException {

  public BlockedAddressException(String message) {
    super(message);
  }
}
