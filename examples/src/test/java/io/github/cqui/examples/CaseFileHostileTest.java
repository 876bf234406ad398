package io.github.cqui.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.benefit.EntitlementStart;
import io.github.cqui.rules.benefit.RetirementMonth;
import io.github.cqui.rules.testing.Gen;
import io.github.cqui.rules.testing.Property;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile case files (issue 12, TESTING.md kind 5): the sample case files mutated at every value —
 * extreme dates, months, amounts and counts, a value of another type, {@code null}, a member left
 * out, a list element repeated or repeated past the limits — read by the case report ({@link
 * CaseJson}) and run through the rules ({@link CaseReport#report}), with the default switches and
 * with switches turned.
 *
 * <p>The laws: every outcome is a result or a {@link CaseFileException} that names the file and
 * where in it (a path into the case file, or a position in the text), within {@link
 * #HANG_GUARD_NANOS}; never another exception, never a hang (the ledger horizon keeps a walk to a
 * payment in {@code 999999999-12} from running out of memory); an accepted case written back and
 * read again is the same case with the same result. {@code 3 × cqui.tries} inputs; the counts go to
 * {@code target/hostile-case-files.txt}.
 */
class CaseFileHostileTest {

  static final long HANG_GUARD_NANOS = 1_000_000_000L;

  private static final int TRIES = Integer.getInteger(Property.TRIES_PROPERTY, 300);
  private static final String SOURCE = "hostile.json";

  private static final List<Chongqing> RULES =
      List.of(
          Chongqing.rules(),
          Chongqing.rules()
              .withSwitches(
                  s ->
                      s.entitlementStart(EntitlementStart.APPLICATION_DATE)
                          .retirementMonth(RetirementMonth.PAID)
                          .nearRetirementExtension(true)
                          .maximumSuspensionMonths(2)));

  private static final List<String> SAMPLES =
      List.of("suspension.json", "re-employment.json", "near-retirement.json");

  private static final List<Object> VALUES =
      List.of(
          "+999999999-12-31",
          "-999999999-01-01",
          "0000-01-01",
          "9999-12-31",
          "1899-12-31",
          "2200-01-01",
          "999999999-12",
          "+999999999-12",
          "0000-01",
          "2100-12",
          "2199-12",
          "92233720368547758.07",
          "100000000.01",
          "-0.01",
          "1E+2147483647",
          "",
          "TIER_9",
          2147483647,
          -2147483648,
          0,
          25,
          12.7,
          true);

  /** One hostile case file: its class, what was done, and the text. */
  record Mutant(String kind, String detail, String json) {
    @Override
    public String toString() {
      return kind + ": " + detail;
    }
  }

  private static final Map<String, long[]> COUNTS = new TreeMap<>();

  @Test
  void everyHostileCaseFileIsReportedOrRefusedNamingWhere() throws IOException {
    long start = System.nanoTime();
    assertTimeoutPreemptively(
        Duration.ofMinutes(5),
        () ->
            Property.forAll("hostile case files", mutants())
                .check(3 * TRIES, CaseFileHostileTest::law));
    long nanos = System.nanoTime() - start;
    long total = COUNTS.values().stream().mapToLong(c -> c[0] + c[1]).sum();
    StringBuilder report =
        new StringBuilder(
            String.format("hostile case files: %,d inputs in %.1f s%n", total, nanos / 1e9));
    COUNTS.forEach(
        (kind, c) ->
            report.append(
                String.format(
                    "  %-36s %,7d  (reported %,d, refused %,d)%n", kind, c[0] + c[1], c[0], c[1])));
    Files.createDirectories(Path.of("target"));
    Files.writeString(
        Path.of("target", "hostile-case-files.txt"), report.toString(), StandardCharsets.UTF_8);
    assertThat(total).as(report.toString()).isGreaterThanOrEqualTo(3L * TRIES);
    assertThat(COUNTS).as(report.toString()).hasSize(5);
  }

  static void law(Mutant mutant) {
    for (Chongqing rules : RULES) {
      CaseResult result = outcome(mutant, mutant.json(), rules);
      COUNTS.computeIfAbsent(mutant.kind(), k -> new long[2])[result != null ? 0 : 1]++;
      if (result != null) {
        CaseFile read = CaseJson.read(mutant.json().getBytes(StandardCharsets.UTF_8), SOURCE);
        String written = CaseJson.MAPPER.writeValueAsString(read);
        CaseResult again = outcome(mutant, written, rules);
        if (!result.equals(again)) {
          throw new AssertionError("written back and read, another result: " + mutant);
        }
      }
    }
  }

  private static @Nullable CaseResult outcome(Mutant mutant, String json, Chongqing rules) {
    long start = System.nanoTime();
    CaseResult result = null;
    try {
      CaseFile file = CaseJson.read(json.getBytes(StandardCharsets.UTF_8), SOURCE);
      result = CaseReport.report(file, rules, SOURCE);
    } catch (CaseFileException e) {
      String message = String.valueOf(e.getMessage());
      String where =
          message.startsWith(SOURCE + ": ") ? message.substring(SOURCE.length() + 2) : "";
      if (where.isBlank() || message.length() > 2_000) {
        throw new AssertionError("a refusal that names no place: " + message + " for " + mutant, e);
      }
    } catch (Throwable e) { // any other throwable breaks the law
      throw new AssertionError("not a CaseFileException: " + e + " for " + mutant, e);
    }
    long elapsed = System.nanoTime() - start;
    if (elapsed > HANG_GUARD_NANOS) {
      throw new AssertionError("took " + elapsed / 1_000_000 + " ms (the guard is 1 s): " + mutant);
    }
    return result;
  }

  // ---- the mutants ----------------------------------------------------------------------------

  private static final List<JsonNode> TREES = trees();

  private static List<JsonNode> trees() {
    List<JsonNode> trees = new ArrayList<>();
    for (String name : SAMPLES) {
      try (InputStream in =
          Objects.requireNonNull(CaseReport.class.getResourceAsStream("/cases/" + name), name)) {
        trees.add(CaseJson.MAPPER.readTree(in.readAllBytes()));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
    return trees;
  }

  /** The slots of a tree: a parent and a key (an object) or an index (an array). */
  private record Slot(JsonNode parent, String key, int index, String path) {}

  private static void slots(JsonNode node, String path, List<Slot> out) {
    if (node instanceof ObjectNode object) {
      for (String key : object.propertyNames()) {
        String child = path.isEmpty() ? key : path + "." + key;
        out.add(new Slot(object, key, -1, child));
        slots(object.get(key), child, out);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        String child = path + "[" + i + "]";
        out.add(new Slot(array, "", i, child));
        slots(array.get(i), child, out);
      }
    }
  }

  static Gen<Mutant> mutants() {
    return draws -> {
      JsonNode tree = TREES.get(draws.draw(0, TREES.size() - 1)).deepCopy();
      List<Slot> slots = new ArrayList<>();
      slots(tree, "", slots);
      Slot slot = slots.get(draws.draw(0, slots.size() - 1));
      int kind = draws.draw(0, 4);
      String detail;
      String name;
      switch (kind) {
        case 0:
          {
            name = "unchanged";
            detail = "the sample";
            break;
          }
        case 1:
          {
            Object value = VALUES.get(draws.draw(0, VALUES.size() - 1));
            name = "extreme value";
            detail = slot.path() + " = " + value;
            set(slot, value);
            break;
          }
        case 2:
          {
            name = "null or left out";
            boolean remove = draws.draw(0, 1) == 1;
            detail = slot.path() + (remove ? " left out" : " = null");
            if (remove) {
              remove(slot);
            } else {
              set(slot, null);
            }
            break;
          }
        case 3:
          {
            name = "another type";
            int which = draws.draw(0, 2);
            detail = slot.path() + " as " + List.of("[]", "{}", "[[[[1]]]]").get(which);
            JsonNodeFactory f = JsonNodeFactory.instance;
            JsonNode replacement =
                which == 0
                    ? f.arrayNode()
                    : which == 1
                        ? f.objectNode()
                        : f.arrayNode()
                            .add(f.arrayNode().add(f.arrayNode().add(f.arrayNode().add(1))));
            setNode(slot, replacement);
            break;
          }
        default:
          {
            name = "repeated elements";
            int times = List.of(2, 1_001, 5_000).get(draws.draw(0, 2));
            detail = slot.path() + " repeated " + times + " times";
            repeat(slot, times);
            break;
          }
      }
      return new Mutant(name, detail, tree.toString());
    };
  }

  private static void set(Slot slot, @Nullable Object value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    JsonNode node =
        value == null
            ? f.nullNode()
            : value instanceof String s
                ? f.textNode(s)
                : value instanceof Integer i
                    ? f.numberNode(i)
                    : value instanceof Double d ? f.numberNode(d) : f.booleanNode((Boolean) value);
    setNode(slot, node);
  }

  private static void setNode(Slot slot, JsonNode node) {
    if (slot.parent() instanceof ObjectNode object) {
      object.set(slot.key(), node);
    } else {
      ((ArrayNode) slot.parent()).set(slot.index(), node);
    }
  }

  private static void remove(Slot slot) {
    if (slot.parent() instanceof ObjectNode object) {
      object.remove(slot.key());
    } else {
      ((ArrayNode) slot.parent()).remove(slot.index());
    }
  }

  /** Repeats the slot's element in its array, or the slot's own array's first element. */
  private static void repeat(Slot slot, int times) {
    ArrayNode array;
    JsonNode element;
    if (slot.parent() instanceof ArrayNode parent) {
      array = parent;
      element = parent.get(slot.index());
    } else {
      JsonNode value = ((ObjectNode) slot.parent()).get(slot.key());
      if (!(value instanceof ArrayNode own) || own.isEmpty()) {
        return;
      }
      array = own;
      element = own.get(0);
    }
    for (int i = 1; i < times; i++) {
      array.add(element.deepCopy());
    }
  }
}
