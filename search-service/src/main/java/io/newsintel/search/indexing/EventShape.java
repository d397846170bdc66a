package io.newsintel.search.indexing;

import io.newsintel.contract.serde.EventJson;
import io.newsintel.contract.serde.InvalidEventException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

/**
 * The JSON form of an event type, derived from its record components, checked on a token stream: so
 * that a record can be vetted without being bound to objects (which cost the indexing consumer most
 * of its CPU time) and yet be sure to read back as the event.
 *
 * <p>It accepts exactly the contract's form (what {@link EventJson} writes; a field may be null, an
 * element of a list may not): strings as strings, numbers as numbers, lists as arrays, nested
 * records as objects, instants as whatever the event mapper reads as an instant; fields it does not
 * know are skipped, as the event readers do. It is stricter than Jackson's lenient coercions
 * ({@code "1"} for a number, {@code 1} for a string), which the contract never produces. Whatever
 * it accepts the event mapper reads; {@code IndexableStoryTest} holds it to that.
 */
abstract sealed class EventShape {

  /**
   * Instants as the event mapper reads them, one value in the middle of a document (the mapper's
   * own readValue insists that nothing follows the value).
   */
  private static final ObjectReader INSTANTS =
      EventJson.mapper()
          .readerFor(Instant.class)
          .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * Consumes the value at the parser's current token, or throws saying where it is wrong.
   *
   * @param where the value's place in the document, spelled out only for the error message
   */
  abstract void check(JsonParser parser, Where where);

  /** A place in the document: a field of the parent, or an element of it when name is null. */
  record Where(Where parent, String name, int index) {

    static Where field(String name) {
      return new Where(null, name, 0);
    }

    @Override
    public String toString() {
      String here = name != null ? name : "[" + index + "]";
      if (parent == null) {
        return here;
      }
      return parent + (name != null ? "." : "") + here;
    }
  }

  /**
   * An instant as the event mapper reads it (null for an empty string, as it does). The common
   * ISO-8601 form is parsed directly, the mapper's lenient forms (epoch numbers, offsets) by the
   * mapper.
   *
   * @throws JacksonException or {@link java.time.DateTimeException} for anything else
   */
  static Instant readInstant(JsonParser parser) {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      String text = parser.getString();
      if (text.length() > 10 && text.charAt(text.length() - 1) == 'Z') {
        try {
          return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
          // the mapper may still read it
        }
      }
    }
    return INSTANTS.readValue(parser);
  }

  static EventShape of(Type type) {
    if (type instanceof ParameterizedType generic
        && generic.getRawType() == List.class
        && generic.getActualTypeArguments().length == 1) {
      return new ArrayShape(of(generic.getActualTypeArguments()[0]));
    }
    if (!(type instanceof Class<?> c)) {
      throw new IllegalArgumentException("no JSON shape for " + type);
    }
    if (c == String.class) {
      return Scalar.TEXT;
    }
    if (c == int.class || c == Integer.class) {
      return Scalar.INT;
    }
    if (c == long.class || c == Long.class) {
      return Scalar.LONG;
    }
    if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
      return Scalar.DECIMAL;
    }
    if (c == boolean.class || c == Boolean.class) {
      return Scalar.BOOLEAN;
    }
    if (c == Instant.class) {
      return Scalar.INSTANT;
    }
    if (c.isRecord()) {
      return ObjectShape.of(c);
    }
    throw new IllegalArgumentException("no JSON shape for " + c.getName());
  }

  static InvalidEventException invalid(Where where, String what) {
    return new InvalidEventException(where + " " + what);
  }

  /** Values without structure. */
  static final class Scalar extends EventShape {

    private enum Kind {
      TEXT("a string"),
      INT("an integer"),
      LONG("an integer"),
      DECIMAL("a number"),
      BOOLEAN("true or false"),
      INSTANT("an instant (ISO-8601)");

      private final String expected;

      Kind(String expected) {
        this.expected = expected;
      }
    }

    static final Scalar TEXT = new Scalar(Kind.TEXT);
    static final Scalar INT = new Scalar(Kind.INT);
    static final Scalar LONG = new Scalar(Kind.LONG);
    static final Scalar DECIMAL = new Scalar(Kind.DECIMAL);
    static final Scalar BOOLEAN = new Scalar(Kind.BOOLEAN);
    static final Scalar INSTANT = new Scalar(Kind.INSTANT);

    private final Kind kind;

    private Scalar(Kind kind) {
      this.kind = kind;
    }

    @Override
    void check(JsonParser parser, Where where) {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return;
      }
      boolean fits =
          switch (kind) {
            case TEXT -> token == JsonToken.VALUE_STRING;
            case DECIMAL -> token.isNumeric();
            case BOOLEAN -> token.isBoolean();
            case INT, LONG -> token == JsonToken.VALUE_NUMBER_INT && fitsInteger(parser);
            case INSTANT -> instant(parser);
          };
      if (!fits) {
        throw invalid(where, "must be " + kind.expected);
      }
    }

    private boolean fitsInteger(JsonParser parser) {
      JsonParser.NumberType type = parser.getNumberType();
      return type == JsonParser.NumberType.INT
          || (kind == Kind.LONG && type == JsonParser.NumberType.LONG);
    }

    /** The event mapper itself decides, so that what passes here reads there. */
    private static boolean instant(JsonParser parser) {
      if (!parser.currentToken().isScalarValue()) {
        return false;
      }
      try {
        readInstant(parser);
        return true;
      } catch (JacksonException | java.time.DateTimeException e) {
        return false;
      }
    }
  }

  static final class ArrayShape extends EventShape {

    private final EventShape element;

    ArrayShape(EventShape element) {
      this.element = element;
    }

    @Override
    void check(JsonParser parser, Where where) {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return;
      }
      if (token != JsonToken.START_ARRAY) {
        throw invalid(where, "must be an array");
      }
      int index = 0;
      for (JsonToken next = parser.nextToken();
          next != JsonToken.END_ARRAY;
          next = parser.nextToken(), index++) {
        Where elementWhere = new Where(where, null, index);
        if (next == JsonToken.VALUE_NULL) {
          // The events copy their lists, and a copy refuses nulls.
          throw invalid(elementWhere, "must not be null");
        }
        element.check(parser, elementWhere);
      }
    }
  }

  static final class ObjectShape extends EventShape {

    private final Map<String, EventShape> fields;

    private ObjectShape(Map<String, EventShape> fields) {
      this.fields = fields;
    }

    static ObjectShape of(Class<?> record) {
      Map<String, EventShape> fields = new HashMap<>();
      for (RecordComponent component : record.getRecordComponents()) {
        fields.put(component.getName(), EventShape.of(component.getGenericType()));
      }
      return new ObjectShape(Map.copyOf(fields));
    }

    /** The shape of a field, or null for a field the event does not have (skipped by readers). */
    EventShape field(String name) {
      return fields.get(name);
    }

    @Override
    void check(JsonParser parser, Where where) {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return;
      }
      if (token != JsonToken.START_OBJECT) {
        throw invalid(where, "must be an object");
      }
      String name;
      while ((name = parser.nextName()) != null) {
        parser.nextToken();
        EventShape shape = fields.get(name);
        if (shape == null) {
          parser.skipChildren();
        } else {
          shape.check(parser, new Where(where, name, 0));
        }
      }
    }
  }
}
