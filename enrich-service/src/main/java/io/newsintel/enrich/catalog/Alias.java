package io.newsintel.enrich.catalog;

/**
 * One name an actor is known by.
 *
 * @param text the name as written ("Fancy Bear", "ГРУ", "UAC-0001")
 * @param vendor who coined it, when known ("CrowdStrike", "Microsoft", "CERT-UA")
 * @param context how much cyber context a mention needs before it counts
 * @param shared whether several actors go by this name (it then names none of them on its own)
 */
public record Alias(String text, String vendor, MentionContext context, boolean shared) {

  public Alias {
    context = context == null ? MentionContext.STORY : context;
  }
}
