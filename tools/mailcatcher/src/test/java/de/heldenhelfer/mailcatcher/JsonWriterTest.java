package de.heldenhelfer.mailcatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

  @Test
  void escapesEverythingThatMustBeEscapedAndRoundTrips() {
    String nasty =
        "Zitat \" Backslash \\ Slash / Tab \t NL \n CR \r BS \b FF \f NUL \u0000 ESC \u001b"
            + " DEL \u007f LS \u2028 </script> Ümläut ß 😀";
    String json =
        new JsonWriter()
            .beginObject()
            .field("text", nasty)
            .field("count", 3)
            .field("missing", null)
            .name("list")
            .beginArray()
            .value("a")
            .beginObject()
            .endObject()
            .beginArray()
            .endArray()
            .value(true)
            .endArray()
            .endObject()
            .toString();

    assertFalse(json.contains("\u0000"), json);
    assertFalse(json.contains("\n"), json);
    assertFalse(json.contains("</script>"), json);
    Map<String, Object> parsed = Json.object(json);
    assertEquals(nasty, parsed.get("text"));
    assertEquals(3L, parsed.get("count"));
    assertNull(parsed.get("missing"));
    assertEquals(List.of("a", Map.of(), List.of(), true), parsed.get("list"));
  }

  @Test
  void unpairedSurrogateIsEscapedInsteadOfBecomingAQuestionMark() {
    String json = JsonWriter.quote("x\ud800y");
    assertEquals("\"x\\ud800y\"", json);
    assertEquals("x\ud800y", Json.parse(json));
  }
}
