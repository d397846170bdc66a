package io.newsintel.ingest.fetch;

/**
 * What a server told us to send back for a conditional GET, so an unchanged feed costs a 304.
 *
 * @param etag the ETag header, may be null
 * @param lastModified the Last-Modified header as sent, may be null
 */
public record Validators(String etag, String lastModified) {

  public static final Validators NONE = new Validators(null, null);
}
