package de.heldenhelfer.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code openapi.yaml} is a valid OpenAPI 3.0 document and describes exactly the API the code
 * serves: the same operations (found by scanning the compiled JAX-RS resources), the same query
 * parameters, the records' field names in the JSON schemas, examples that fit their schemas, and
 * the error answers a caller must expect.
 */
class OpenApiDocumentTest {
  /** Answered by Jersey itself (CORS preflight, HEAD for GET), not documented. */
  private static final Set<String> UNDOCUMENTED_METHODS = Set.of("HEAD", "OPTIONS");

  private static final String JSON = "application/json";

  /** A template parameter of a documented path. */
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

  /** The document as served, parsed with resolve=true (references checked, not inlined). */
  private static SwaggerParseResult parsed;

  /** The document with every reference inlined, for walking operations and schemas. */
  private static OpenAPI document;

  /** Every operation the code serves, by "METHOD /path". */
  private static Map<String, Endpoint> code;

  /** One JAX-RS resource method with its full path (template regexes removed). */
  record Endpoint(String method, String path, Class<?> resource, Method java) {
    String key() {
      return method + " " + path;
    }
  }

  @BeforeAll
  static void parse() {
    String yaml = new String(new OpenApiResource().description(), StandardCharsets.UTF_8);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    parsed = new OpenAPIV3Parser().readContents(yaml, null, options);
    ParseOptions full = new ParseOptions();
    full.setResolve(true);
    full.setResolveFully(true);
    document = new OpenAPIV3Parser().readContents(yaml, null, full).getOpenAPI();
    code = new TreeMap<>();
    for (Class<?> resource : resourceClasses()) {
      collect(resource, resource, path(resource.getAnnotation(Path.class).value()), 0);
    }
  }

  @Test
  void theDocumentIsValidOpenApi303() {
    List<String> messages = parsed.getMessages() == null ? List.of() : parsed.getMessages();
    assertTrue(
        messages.isEmpty(), () -> "openapi.yaml has problems:\n  " + String.join("\n  ", messages));
    assertNotNull(parsed.getOpenAPI(), "openapi.yaml could not be read");
    assertEquals("3.0.3", parsed.getOpenAPI().getOpenapi());
    assertNotNull(parsed.getOpenAPI().getInfo().getDescription(), "info.description");
  }

  @Test
  void theServerIsTheApplicationPath() {
    String applicationPath = ApiApplication.class.getAnnotation(ApplicationPath.class).value();
    assertEquals(1, document.getServers().size(), "one server");
    assertEquals(path(applicationPath), document.getServers().get(0).getUrl());
  }

  @Test
  void everyEndpointOfTheCodeIsDocumentedAndNothingElse() {
    assertFalse(code.isEmpty(), "no JAX-RS resource found");
    Set<String> inCode = new TreeSet<>(code.keySet());
    Set<String> inDocument = new TreeSet<>(operations().keySet());
    Set<String> undocumented = new TreeSet<>(inCode);
    undocumented.removeAll(inDocument);
    Set<String> notInCode = new TreeSet<>(inDocument);
    notInCode.removeAll(inCode);
    assertTrue(
        undocumented.isEmpty() && notInCode.isEmpty(),
        () ->
            "openapi.yaml and the JAX-RS resources differ"
                + "\n  served but not documented: "
                + lines(undocumented, e -> e + " (" + code.get(e).resource().getSimpleName() + ")")
                + "\n  documented but not served: "
                + lines(notInCode, e -> e));
  }

  @Test
  void queryAndPathParametersAreThoseOfTheCode() {
    List<String> problems = new ArrayList<>();
    operations()
        .forEach(
            (key, op) -> {
              Endpoint e = code.get(key);
              Set<String> documentedQuery = parameters(op, "query");
              if (e != null) {
                Set<String> query = queryParameters(e);
                if (!query.equals(documentedQuery)) {
                  problems.add(key + ": code reads " + query + ", document has " + documentedQuery);
                }
              }
              Set<String> template = new TreeSet<>();
              Matcher m = TEMPLATE.matcher(key);
              while (m.find()) {
                template.add(m.group(1));
              }
              Set<String> declared = parameters(op, "path");
              if (!template.equals(declared)) {
                problems.add(key + ": path template has " + template + ", declared " + declared);
              }
            });
    assertTrue(problems.isEmpty(), () -> "parameters differ:\n  " + String.join("\n  ", problems));
  }

  @Test
  void pathTemplatesAreWrittenAsInTheDocument() {
    assertEquals("/me/shifts/{id}", path("me/shifts/{id: [0-9]+}"));
    assertEquals("/a/{id}/b", path("/a//{ id : [0-9]{1,9} }/b/"));
    assertEquals("/", path(""));
  }

  @Test
  void everyOperationAnswersSuccessAndDocumentsItsAuthErrors() {
    List<String> problems = new ArrayList<>();
    operations()
        .forEach(
            (key, op) -> {
              Set<String> codes = op.op().getResponses().keySet();
              if (codes.stream().noneMatch(c -> c.startsWith("2"))) {
                problems.add(key + ": no 2xx answer");
              }
              Set<String> schemes = schemes(op.op());
              if (!schemes.isEmpty() && !codes.contains("401")) {
                problems.add(key + ": takes a token " + schemes + " but documents no 401");
              }
              if (schemes.contains("clientCredentials") && !codes.contains("403")) {
                problems.add(key + ": open to club API clients but documents no 403");
              }
              for (String scheme : schemes) {
                if (!document.getComponents().getSecuritySchemes().containsKey(scheme)) {
                  problems.add(key + ": unknown security scheme " + scheme);
                }
              }
            });
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @Test
  void thePublicListsAndDetailsAndMeHaveExamples() {
    List<String> required =
        List.of(
            "GET /municipalities",
            "GET /sports",
            "GET /clubs",
            "GET /clubs/{slug}",
            "GET /opportunities",
            "GET /opportunities/{id}",
            "GET /me",
            "GET /me/shifts",
            "GET /clubs/{clubId}/members");
    Map<String, Op> ops = operations();
    for (String key : required) {
      Op op = ops.get(key);
      assertNotNull(op, key + " is not documented");
      ApiResponse ok = op.op().getResponses().get("200");
      assertNotNull(ok, key + ": no 200");
      assertNotNull(ok.getContent(), key + ": 200 has no content");
      MediaType json = ok.getContent().get(JSON);
      assertNotNull(json, key + ": 200 is not " + JSON);
      assertFalse(examples(json).isEmpty(), key + ": 200 has no example");
    }
  }

  /** Every JSON body (request or success answer) has an example, and every example fits. */
  @Test
  void everyJsonBodyHasAnExampleThatFitsItsSchema() {
    List<String> problems = new ArrayList<>();
    operations()
        .forEach(
            (key, op) -> {
              if (op.op().getRequestBody() != null) {
                check(key + " request", op.op().getRequestBody().getContent(), true, problems);
              }
              op.op()
                  .getResponses()
                  .forEach(
                      (status, response) ->
                          check(
                              key + " " + status,
                              response.getContent(),
                              status.startsWith("2"),
                              problems));
            });
    assertTrue(problems.isEmpty(), () -> "examples:\n  " + String.join("\n  ", problems));
  }

  /** A 422 says which field is wrong: its example shows {@code errors[].field}. */
  @Test
  void validationProblemsNameTheField() {
    List<String> problems = new ArrayList<>();
    operations()
        .forEach(
            (key, op) -> {
              ApiResponse r = op.op().getResponses().get("422");
              if (r == null) {
                return;
              }
              MediaType problem =
                  r.getContent() == null ? null : r.getContent().get(Problems.MEDIA_TYPE);
              if (problem == null) {
                problems.add(key + " 422: not " + Problems.MEDIA_TYPE);
                return;
              }
              boolean field =
                  examples(problem).stream()
                      .anyMatch(
                          x ->
                              x.path("errors").isArray()
                                  && x.path("errors").size() > 0
                                  && x.path("errors").get(0).path("field").isTextual());
              if (!field) {
                problems.add(key + " 422: no example with errors[].field");
              }
            });
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  /**
   * The JSON schemas name the fields JSON-B writes: for every resource method returning (or taking)
   * a record, a list or a page of records, the schema has exactly the record components, with
   * fitting types and enum values.
   */
  @Test
  void schemasHaveTheFieldsOfTheRecords() {
    List<String> problems = new ArrayList<>();
    Map<String, Op> ops = operations();
    code.forEach(
        (key, e) -> {
          Op op = ops.get(key);
          if (op == null) {
            return;
          }
          Type returned = e.java().getGenericReturnType();
          if (isBody(returned)) {
            Schema<?> schema = successSchema(op.op());
            if (schema == null) {
              problems.add(key + ": returns " + returned.getTypeName() + ", no JSON schema");
            } else {
              compare(returned, schema, key + " answer", Map.of(), problems);
            }
          }
          for (java.lang.reflect.Parameter p : e.java().getParameters()) {
            if (p.getAnnotations().length == 0
                && isBody(p.getParameterizedType())
                && op.op().getRequestBody() != null
                && op.op().getRequestBody().getContent().get(JSON) != null) {
              compare(
                  p.getParameterizedType(),
                  op.op().getRequestBody().getContent().get(JSON).getSchema(),
                  key + " request",
                  Map.of(),
                  problems);
            }
          }
        });
    assertTrue(problems.isEmpty(), () -> "schemas:\n  " + String.join("\n  ", problems));
  }

  // --- the code side -----------------------------------------------------------------------

  /**
   * The JAX-RS root resources: every class with {@code @Path} among the compiled classes next to
   * {@link ApiApplication} (it names no classes, so Jersey serves all of them), or the classes the
   * application names if it ever does.
   */
  private static List<Class<?>> resourceClasses() {
    Set<Class<?>> named = new ApiApplication().getClasses();
    Stream<Class<?>> candidates = named.isEmpty() ? compiledClasses().stream() : named.stream();
    List<Class<?>> resources =
        candidates
            .filter(c -> c.isAnnotationPresent(Path.class))
            .filter(c -> !c.isInterface() && !Modifier.isAbstract(c.getModifiers()))
            .toList();
    assertTrue(resources.size() > 5, "resource scan found only " + resources);
    return resources;
  }

  /** Every class of the package of {@link ApiApplication} and below, from its classes or jar. */
  private static List<Class<?>> compiledClasses() {
    String folder = ApiApplication.class.getPackageName().replace('.', '/') + "/";
    List<String> names = new ArrayList<>();
    try {
      java.nio.file.Path root =
          java.nio.file.Path.of(
              ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(root)) {
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve(folder))) {
          files.map(f -> root.relativize(f).toString().replace('\\', '/')).forEach(names::add);
        }
      } else {
        try (JarFile jar = new JarFile(root.toFile())) {
          jar.stream().map(j -> j.getName()).filter(n -> n.startsWith(folder)).forEach(names::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
        String className = name.substring(0, name.length() - 6).replace('/', '.');
        try {
          classes.add(Class.forName(className, false, ApiApplication.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
          fail("cannot load " + className + " to look for JAX-RS resources: " + e);
        }
      }
    }
    return classes;
  }

  /** Resource methods of {@code type} under {@code prefix}; sub-resource locators followed. */
  private static void collect(Class<?> resource, Class<?> type, String prefix, int depth) {
    assertTrue(depth < 5, "sub-resource locators nested too deep at " + prefix);
    for (Method m : type.getMethods()) {
      if (m.isSynthetic() || m.isBridge() || m.getDeclaringClass() == Object.class) {
        continue;
      }
      Method annotated = jaxRsAnnotated(m);
      if (annotated == null) {
        continue;
      }
      Path p = annotated.getAnnotation(Path.class);
      String full = p == null ? prefix : path(prefix + "/" + p.value());
      String http = httpMethod(annotated);
      if (http != null) {
        if (!UNDOCUMENTED_METHODS.contains(http)) {
          Endpoint e = new Endpoint(http, full, resource, annotated);
          Endpoint before = code.put(e.key(), e);
          assertTrue(before == null, () -> e.key() + " is served twice: " + before + ", " + e);
        }
      } else if (p != null) {
        collect(resource, m.getReturnType(), full, depth + 1);
      }
    }
  }

  /**
   * {@code m} if it carries JAX-RS annotations, else the method it overrides that does (JAX-RS
   * annotation inheritance), else null.
   */
  private static Method jaxRsAnnotated(Method m) {
    if (m.isAnnotationPresent(Path.class) || httpMethod(m) != null) {
      return m;
    }
    List<Class<?>> supers = new ArrayList<>(Arrays.asList(m.getDeclaringClass().getInterfaces()));
    if (m.getDeclaringClass().getSuperclass() != null) {
      supers.add(m.getDeclaringClass().getSuperclass());
    }
    for (Class<?> s : supers) {
      try {
        Method inherited = jaxRsAnnotated(s.getMethod(m.getName(), m.getParameterTypes()));
        if (inherited != null) {
          return inherited;
        }
      } catch (NoSuchMethodException e) {
        // not declared there
      }
    }
    return null;
  }

  /**
   * The HTTP method of a resource method: an annotation meta-annotated with {@code @HttpMethod}.
   */
  private static String httpMethod(AnnotatedElement m) {
    for (Annotation a : m.getAnnotations()) {
      HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
      if (h != null) {
        return h.value();
      }
    }
    return null;
  }

  private static Set<String> queryParameters(Endpoint e) {
    Set<String> names = new TreeSet<>();
    for (java.lang.reflect.Parameter p : e.java().getParameters()) {
      QueryParam q = p.getAnnotation(QueryParam.class);
      if (q != null) {
        names.add(q.value());
      }
    }
    for (Class<?> c = e.resource(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        QueryParam q = f.getAnnotation(QueryParam.class);
        if (q != null) {
          names.add(q.value());
        }
      }
    }
    return names;
  }

  /**
   * A JAX-RS path as the document writes it: one leading slash, none at the end, no doubled
   * slashes, and template regexes dropped ({@code {id: [0-9]{1,3}}} → {@code {id}}).
   */
  static String path(String raw) {
    StringBuilder out = new StringBuilder("/");
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '{') {
        int depth = 1;
        int j = i + 1;
        StringBuilder name = new StringBuilder();
        boolean inName = true;
        while (j < raw.length() && depth > 0) {
          char d = raw.charAt(j);
          if (d == '{') {
            depth++;
          } else if (d == '}') {
            depth--;
          } else if (d == ':' && depth == 1) {
            inName = false;
          }
          if (inName && depth > 0) {
            name.append(d);
          }
          j++;
        }
        out.append('{').append(name.toString().strip()).append('}');
        i = j;
      } else {
        if (c != '/' || out.charAt(out.length() - 1) != '/') {
          out.append(c);
        }
        i++;
      }
    }
    if (out.length() > 1 && out.charAt(out.length() - 1) == '/') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  // --- the document side -------------------------------------------------------------------

  /** A documented operation with the parameters of its path item. */
  record Op(PathItem item, Operation op) {}

  private static Map<String, Op> operations() {
    Map<String, Op> ops = new TreeMap<>();
    document
        .getPaths()
        .forEach(
            (p, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, op) -> {
                          if (!UNDOCUMENTED_METHODS.contains(method.name())) {
                            ops.put(method.name() + " " + p, new Op(item, op));
                          }
                        }));
    return ops;
  }

  private static Set<String> parameters(Op op, String in) {
    List<Parameter> all = new ArrayList<>();
    if (op.item().getParameters() != null) {
      all.addAll(op.item().getParameters());
    }
    if (op.op().getParameters() != null) {
      all.addAll(op.op().getParameters());
    }
    return all.stream()
        .filter(p -> in.equals(p.getIn()))
        .map(Parameter::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The security schemes an operation accepts (an empty requirement {} means optional). */
  private static Set<String> schemes(Operation op) {
    List<SecurityRequirement> security =
        op.getSecurity() != null ? op.getSecurity() : document.getSecurity();
    Set<String> schemes = new TreeSet<>();
    if (security != null) {
      security.forEach(r -> schemes.addAll(r.keySet()));
    }
    return schemes;
  }

  private static Schema<?> successSchema(Operation op) {
    for (Map.Entry<String, ApiResponse> r : op.getResponses().entrySet()) {
      if (r.getKey().startsWith("2") && r.getValue().getContent() != null) {
        MediaType json = r.getValue().getContent().get(JSON);
        if (json != null) {
          return json.getSchema();
        }
      }
    }
    return null;
  }

  /** The examples of a media type (example, examples, or the schema's example) as JSON. */
  private static List<JsonNode> examples(MediaType media) {
    List<Object> raw = new ArrayList<>();
    if (media.getExample() != null) {
      raw.add(media.getExample());
    }
    if (media.getExamples() != null) {
      media.getExamples().values().stream()
          .filter(x -> x.getValue() != null)
          .forEach(x -> raw.add(x.getValue()));
    }
    if (raw.isEmpty() && media.getSchema() != null && media.getSchema().getExample() != null) {
      raw.add(media.getSchema().getExample());
    }
    return raw.stream().map(x -> (JsonNode) Json.mapper().valueToTree(x)).toList();
  }

  private static void check(
      String where, Content content, boolean exampleRequired, List<String> problems) {
    if (content == null) {
      return;
    }
    content.forEach(
        (type, media) -> {
          boolean json = type.equals(JSON) || type.endsWith("+json");
          if (!json) {
            return;
          }
          if (media.getSchema() == null) {
            problems.add(where + " " + type + ": no schema");
          }
          List<JsonNode> examples = examples(media);
          if (examples.isEmpty() && exampleRequired && type.equals(JSON)) {
            problems.add(where + " " + type + ": no example");
          }
          for (JsonNode x : examples) {
            fits(x, media.getSchema(), where + " " + type + " example", problems);
          }
        });
  }

  /** Whether example {@code value} fits {@code schema}: known fields, types, enum values. */
  private static void fits(JsonNode value, Schema<?> schema, String where, List<String> problems) {
    if (schema == null) {
      return;
    }
    if (value.isNull()) {
      if (!Boolean.TRUE.equals(schema.getNullable())) {
        problems.add(where + ": null, but the schema is not nullable");
      }
      return;
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty() && value.isValueNode()) {
      Set<String> allowed =
          schema.getEnum().stream().map(String::valueOf).collect(Collectors.toSet());
      if (!allowed.contains(value.asText())) {
        problems.add(where + ": " + value + " is none of " + allowed);
      }
    }
    String type = schema.getType();
    if (type == null && schema.getProperties() != null) {
      type = "object";
    }
    if (type == null) {
      return;
    }
    switch (type) {
      case "object" -> {
        if (!value.isObject()) {
          problems.add(where + ": " + value + " is no object");
          return;
        }
        Map<String, Schema> properties =
            schema.getProperties() == null ? Map.of() : schema.getProperties();
        Object additional = schema.getAdditionalProperties();
        value
            .fields()
            .forEachRemaining(
                f -> {
                  Schema<?> property = properties.get(f.getKey());
                  if (property != null) {
                    fits(f.getValue(), property, where + "." + f.getKey(), problems);
                  } else if (additional instanceof Schema<?> s) {
                    fits(f.getValue(), s, where + "." + f.getKey(), problems);
                  } else if (!Boolean.TRUE.equals(additional) && !properties.isEmpty()) {
                    problems.add(where + ": field " + f.getKey() + " is not in the schema");
                  }
                });
      }
      case "array" -> {
        if (!value.isArray()) {
          problems.add(where + ": " + value + " is no array");
          return;
        }
        for (int i = 0; i < value.size(); i++) {
          fits(value.get(i), schema.getItems(), where + "[" + i + "]", problems);
        }
      }
      case "string" -> {
        if (!value.isTextual()) {
          problems.add(where + ": " + value + " is no string");
        } else if ("date".equals(schema.getFormat())
            && !value.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
          problems.add(where + ": " + value + " is no date (yyyy-mm-dd)");
        }
      }
      case "integer" -> {
        if (!value.isIntegralNumber()) {
          problems.add(where + ": " + value + " is no integer");
        }
      }
      case "number" -> {
        if (!value.isNumber()) {
          problems.add(where + ": " + value + " is no number");
        }
      }
      case "boolean" -> {
        if (!value.isBoolean()) {
          problems.add(where + ": " + value + " is no boolean");
        }
      }
      default -> problems.add(where + ": unknown schema type " + type);
    }
  }

  // --- Java types against schemas ----------------------------------------------------------

  /** A type JSON-B writes as a JSON body that this test can compare (not Response, bytes …). */
  private static boolean isBody(Type type) {
    Class<?> raw = raw(type);
    return raw.isRecord() || Collection.class.isAssignableFrom(raw);
  }

  private static void compare(
      Type type,
      Schema<?> schema,
      String where,
      Map<TypeVariable<?>, Type> bindings,
      List<String> problems) {
    Type t = type instanceof TypeVariable<?> v ? bindings.getOrDefault(v, Object.class) : type;
    if (t instanceof WildcardType w) {
      t = w.getUpperBounds()[0];
    }
    Class<?> raw = raw(t);
    if (schema == null) {
      problems.add(where + ": no schema for " + t.getTypeName());
      return;
    }
    String expected;
    if (raw.isRecord()) {
      expected = "object";
      Map<TypeVariable<?>, Type> inner = new HashMap<>(bindings);
      if (t instanceof ParameterizedType p) {
        TypeVariable<?>[] variables = raw.getTypeParameters();
        for (int i = 0; i < variables.length; i++) {
          Type arg = p.getActualTypeArguments()[i];
          inner.put(
              variables[i],
              arg instanceof TypeVariable<?> v ? bindings.getOrDefault(v, Object.class) : arg);
        }
      }
      Map<String, RecordComponent> components = new LinkedHashMap<>();
      for (RecordComponent c : raw.getRecordComponents()) {
        components.put(c.getName(), c);
      }
      Map<String, Schema> properties =
          schema.getProperties() == null ? Map.of() : schema.getProperties();
      Set<String> missing = new TreeSet<>(components.keySet());
      missing.removeAll(properties.keySet());
      Set<String> extra = new TreeSet<>(properties.keySet());
      extra.removeAll(components.keySet());
      if (!missing.isEmpty() || !extra.isEmpty()) {
        problems.add(
            where
                + " ("
                + raw.getSimpleName()
                + "): fields not documented "
                + missing
                + ", documented but not in the record "
                + extra);
      }
      components.forEach(
          (name, c) -> {
            if (properties.containsKey(name)) {
              compare(
                  c.getGenericType(), properties.get(name), where + "." + name, inner, problems);
            }
          });
    } else if (Collection.class.isAssignableFrom(raw) || raw.isArray() && raw != byte[].class) {
      expected = "array";
      Type item =
          raw.isArray()
              ? raw.getComponentType()
              : t instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
      if (schema.getItems() != null) {
        compare(item, schema.getItems(), where + "[]", bindings, problems);
      }
    } else if (Map.class.isAssignableFrom(raw)) {
      expected = "object";
      if (schema.getAdditionalProperties() instanceof Schema<?> values
          && t instanceof ParameterizedType p) {
        compare(p.getActualTypeArguments()[1], values, where + "{}", bindings, problems);
      }
    } else if (raw.isEnum()) {
      expected = "string";
      Set<String> constants =
          Arrays.stream(raw.getEnumConstants())
              .map(x -> ((Enum<?>) x).name())
              .collect(Collectors.toCollection(TreeSet::new));
      Set<String> documented =
          schema.getEnum() == null
              ? Set.of()
              : schema.getEnum().stream()
                  .map(String::valueOf)
                  .collect(Collectors.toCollection(TreeSet::new));
      if (!constants.equals(documented)) {
        problems.add(
            where + ": enum " + raw.getSimpleName() + constants + ", document has " + documented);
      }
    } else if (raw == String.class || raw == LocalTime.class || raw == LocalDateTime.class) {
      expected = "string";
    } else if (raw == LocalDate.class) {
      expected = "string";
      if (!"date".equals(schema.getFormat())) {
        problems.add(where + ": a LocalDate, document says format " + schema.getFormat());
      }
    } else if (Set.of(int.class, long.class, short.class, Integer.class, Long.class, Short.class)
        .contains(raw)) {
      expected = "integer";
    } else if (Set.of(double.class, float.class, Double.class, Float.class).contains(raw)
        || raw == java.math.BigDecimal.class) {
      expected = "number";
    } else if (raw == boolean.class || raw == Boolean.class) {
      expected = "boolean";
    } else {
      problems.add(where + ": " + t.getTypeName() + " is not known to this test");
      return;
    }
    String documented = schema.getType();
    if (documented == null && schema.getProperties() != null) {
      documented = "object";
    }
    if (!expected.equals(documented)) {
      problems.add(
          where + ": " + t.getTypeName() + " is " + expected + ", document says " + documented);
    }
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (t == null || t == Response.class) {
      return Response.class;
    }
    return Object.class;
  }

  private static String lines(Set<String> keys, Function<String, String> show) {
    return keys.isEmpty()
        ? "none"
        : keys.stream().map(show).collect(Collectors.joining("\n    ", "\n    ", ""));
  }
}
