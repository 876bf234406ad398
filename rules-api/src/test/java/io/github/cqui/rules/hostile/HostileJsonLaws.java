package io.github.cqui.rules.hostile;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.hostile.JsonMutations.Input;
import io.github.cqui.rules.hostile.JsonMutations.Kind;
import io.github.cqui.rules.hostile.JsonTree.Arr;
import io.github.cqui.rules.hostile.JsonTree.Member;
import io.github.cqui.rules.hostile.JsonTree.Node;
import io.github.cqui.rules.hostile.JsonTree.Num;
import io.github.cqui.rules.hostile.JsonTree.Obj;
import io.github.cqui.rules.hostile.JsonTree.Str;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The laws of hostile JSON, for one Jackson line ({@link Line}):
 *
 * <ol>
 *   <li>Every outcome is either an accepted value or the line's databind exception whose cause is
 *       the library's {@link InvalidInputException}, whose field is a path of the document (an
 *       existing value, a missing property of an existing object, or the root) and appears in the
 *       message; never another exception type, and never slower than {@link #HANG_GUARD_NANOS} per
 *       input (a guard against hangs only, not a timing).
 *   <li>An accepted value re-serializes, and that reads back equal and writes the same again.
 *   <li>Nothing silently changed: the re-serialization is the input's values in canonical form
 *       (money to two decimals; the documented normalizations: a set's order, a duty-post pair's
 *       order, editions by date; a property left out written as its default or empty).
 *   <li>Money: an accepted amount reads back as exactly the amount of its decimal string.
 *   <li>What breaks the form of every value of its kind (a fraction, a number for money or an enum,
 *       a duplicate or unknown key, deep nesting) is refused, whatever the mapper.
 * </ol>
 *
 * <p>Counts every input by class and outcome for the report. Not thread-safe: one run, one thread.
 */
final class HostileJsonLaws {

  /** A generous bound per input, only to catch a hang. */
  static final long HANG_GUARD_NANOS = 5_000_000_000L;

  /** One Jackson line with cqui's module. */
  interface Line {
    /** The line's name, for messages. */
    String name();

    /** Reads a document as a type. */
    Object read(String json, Class<?> type) throws Exception;

    /** Writes a value. */
    String write(Object value) throws Exception;

    /** Whether a throwable is the line's databind exception. */
    boolean isDatabindException(Throwable thrown);
  }

  /** Inputs, accepted and refused, by class; and the money law's checks. */
  static final class Tally {
    final Map<Kind, long[]> byKind = new EnumMap<>(Kind.class);
    long moneyChecked;

    void count(Kind kind, boolean accepted) {
      long[] counts = byKind.computeIfAbsent(kind, k -> new long[2]);
      counts[accepted ? 0 : 1]++;
    }

    long total() {
      long total = 0;
      for (long[] counts : byKind.values()) {
        total += counts[0] + counts[1];
      }
      return total;
    }

    /**
     * The counts, with the time taken: on the clock, and on the CPU of the thread that ran them
     * (the clock says little on a busy machine).
     */
    String report(String line, long nanos) {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format("hostile JSON, %s: %,d inputs in %.1f s%n", line, total(), nanos / 1e9));
      for (Map.Entry<Kind, long[]> entry : byKind.entrySet()) {
        long[] c = entry.getValue();
        out.append(
            String.format(
                "  %-58s %,8d  (accepted %,d, refused %,d)%n",
                entry.getKey().label, c[0] + c[1], c[0], c[1]));
      }
      out.append(
          String.format("  money law: %,d accepted amounts read back exactly%n", moneyChecked));
      return out.toString();
    }
  }

  private final Line line;
  final Tally tally = new Tally();

  HostileJsonLaws(Line line) {
    this.line = line;
  }

  /**
   * Checks every law on one input.
   *
   * @param input the hostile document
   * @throws AssertionError naming the law broken
   */
  void check(Input input) {
    String json = input.json();
    Class<?> type = input.sample().type();
    long start = System.nanoTime();
    Object value;
    try {
      value = line.read(json, type);
    } catch (Exception | StackOverflowError thrown) {
      guard(start, input);
      refusedProperly(input, thrown);
      tally.count(input.kind(), false);
      return;
    }
    guard(start, input);
    if (input.mustRefuse()) {
      throw new AssertionError(line.name() + ": accepted what every reading must refuse: " + input);
    }
    String written;
    Object again;
    try {
      written = line.write(value);
      again = line.read(written, type);
      if (!line.write(again).equals(written)) {
        throw new AssertionError(line.name() + ": writes differently after reading back: " + input);
      }
    } catch (Exception e) {
      throw new AssertionError(
          line.name() + ": accepted " + input + " but its value does not round-trip", e);
    }
    if (!again.equals(value)) {
      throw new AssertionError(line.name() + ": accepted " + input + ", read back unequal");
    }
    Node out = JsonTree.parse(written);
    String difference = difference(input.document(), out, "");
    if (difference != null) {
      throw new AssertionError(
          line.name()
              + ": accepted "
              + input
              + " but wrote "
              + written
              + ": a value changed silently at "
              + difference);
    }
    if (input.money()) {
      Node given = at(input.document(), input.path());
      Node read = at(out, input.path());
      if (given instanceof Str amount && read instanceof Str back) {
        if (new BigDecimal(amount.value()).compareTo(new BigDecimal(back.value())) != 0) {
          throw new AssertionError(
              line.name()
                  + ": money "
                  + amount.value()
                  + " read as "
                  + back.value()
                  + ": "
                  + input);
        }
        tally.moneyChecked++;
      } else {
        throw new AssertionError(
            line.name() + ": accepted a money value that is no string: " + input);
      }
    }
    tally.count(input.kind(), true);
  }

  private void guard(long start, Input input) {
    long elapsed = System.nanoTime() - start;
    if (elapsed > HANG_GUARD_NANOS) {
      throw new AssertionError(
          line.name() + ": took " + elapsed / 1_000_000 + " ms (hang guard) on " + input);
    }
  }

  private void refusedProperly(Input input, Throwable thrown) {
    if (!line.isDatabindException(thrown)) {
      throw new AssertionError(
          line.name() + ": refused " + input + " with " + thrown.getClass().getName(), thrown);
    }
    if (!(thrown.getCause() instanceof InvalidInputException invalid)) {
      throw new AssertionError(
          line.name() + ": refused " + input + " without the library's InvalidInputException",
          thrown);
    }
    String field = invalid.field();
    String message = Objects.requireNonNullElse(thrown.getMessage(), "");
    if (field.isEmpty() || !message.contains(field)) {
      throw new AssertionError(
          line.name() + ": the refusal of " + input + " does not name a path: " + message, thrown);
    }
    if (!namesAPathOf(field, input)) {
      throw new AssertionError(
          line.name()
              + ": the refusal of "
              + input
              + " names "
              + field
              + ", no path of the document",
          thrown);
    }
  }

  /** Whether the field is the root's name, a value of the document, or a property of an object. */
  private static boolean namesAPathOf(String field, Input input) {
    String simple = input.sample().type().getSimpleName();
    if (field.equals(Character.toLowerCase(simple.charAt(0)) + simple.substring(1))) {
      return true;
    }
    List<Object> steps = steps(field);
    Node node = input.document();
    for (int i = 0; i < steps.size(); i++) {
      Object step = steps.get(i);
      if (node instanceof JsonTree.Raw raw) {
        // deep nesting, kept as text: [[[…]]] has element 0, {"a":{"a":…}} has member a
        String text = raw.text();
        if (step instanceof Integer index && index == 0 && text.startsWith("[")) {
          node = new JsonTree.Raw(text.substring(1));
        } else if ("a".equals(step) && text.startsWith("{\"a\":")) {
          node = new JsonTree.Raw(text.substring(5));
        } else {
          return false;
        }
        continue;
      }
      if (step instanceof Integer index) {
        if (!(node instanceof Arr arr) || index >= arr.items().size()) {
          return false;
        }
        node = arr.items().get(index);
      } else if (node instanceof Obj obj) {
        Node next = member(obj, (String) step);
        if (next == null) {
          return i == steps.size() - 1; // a required property missing from an existing object
        }
        node = next;
      } else {
        return false;
      }
    }
    return true;
  }

  /** A member by name; a name shown cut ({@code abc… (10000 characters)}) matches by its start. */
  private static Node member(Obj obj, String name) {
    Node exact = obj.get(name);
    if (exact != null) {
      return exact;
    }
    int cut = name.indexOf("… (");
    if (cut > 0 && name.endsWith(" characters)")) {
      String start = name.substring(0, cut);
      for (Member m : obj.members()) {
        if (m.name().startsWith(start)) {
          return m.value();
        }
      }
    }
    return null;
  }

  private static final Pattern SEGMENT = Pattern.compile("(.*?)((?:\\[[0-9]+\\])*)");

  /** {@code a.b[2].c} as the steps a, b, 2, c; a name may be empty ({@code a.}). */
  private static List<Object> steps(String path) {
    List<Object> steps = new ArrayList<>();
    for (String segment : path.split("\\.", -1)) {
      Matcher matcher = SEGMENT.matcher(segment);
      if (!matcher.matches()) {
        throw new AssertionError(segment);
      }
      String name = matcher.group(1);
      String indices = matcher.group(2);
      if (!name.isEmpty() || indices.isEmpty()) {
        steps.add(name);
      }
      for (String index : indices.split("[\\[\\]]+")) {
        if (!index.isEmpty()) {
          steps.add(Integer.parseInt(index));
        }
      }
    }
    return steps;
  }

  private static Node at(Node root, String path) {
    if (path.isEmpty()) {
      return root;
    }
    Node node = root;
    for (Object step : steps(path)) {
      node =
          step instanceof Integer index
              ? ((Arr) node).items().get(index)
              : ((Obj) node).get((String) step);
    }
    return node;
  }

  // ---- the canonical comparison ----

  /** Properties whose arrays are sets (or sorted): compared in any order. */
  private static final Set<String> UNORDERED =
      Set.of("stopInEventMonth", "extraForbiddenPairs", "editions");

  /** What a property left out is written as: its default, from the golden JSON of the defaults. */
  private static final Obj DEFAULTS =
      (Obj)
          JsonTree.parse(
              "{\"coverageMode\":\"STRICT\",\"applyRegulationArticle20Item6\":false,"
                  + "\"entitlementStart\":\"REGISTRATION_DATE\",\"retirementMonth\":\"PAID\","
                  + "\"nearRetirementExtension\":true,\"premiumInSuspendedMonths\":false,"
                  + "\"deductionCapPercent\":100,\"countBackPaidMonths\":false,"
                  + "\"noticeRollForward\":true,\"durationTable\":\"CHONGQING_REGULATION\","
                  + "\"segregationReading\":\"SIX_PAIRS\",\"unusedMonthsOfEarlierClaim\":0,"
                  + "\"kind\":\"SUBSTANTIVE\"}");

  /**
   * Where the output differs from the input's values in canonical form, or {@code null}.
   *
   * @param in the input
   * @param out the re-serialization
   * @param path where in the document
   */
  private static String difference(Node in, Node out, String path) {
    if (in instanceof Obj inObj && out instanceof Obj outObj) {
      if (isPair(inObj) && isPair(outObj)) {
        return samePair(inObj, outObj) ? null : path;
      }
      for (Member m : inObj.members()) {
        Node o = outObj.get(m.name());
        if (o == null) {
          return path + "." + m.name() + " (dropped)";
        }
        String d = difference(m.value(), o, path + "." + m.name());
        if (d != null) {
          return d;
        }
      }
      for (Member m : outObj.members()) {
        if (inObj.get(m.name()) == null && !isEmptyOrDefault(m)) {
          return path + "." + m.name() + " (added)";
        }
      }
      return null;
    }
    if (in instanceof Arr inArr && out instanceof Arr outArr) {
      if (inArr.items().size() != outArr.items().size()) {
        return path + " (length)";
      }
      String last = path.substring(path.lastIndexOf('.') + 1);
      if (UNORDERED.contains(last)) {
        List<Node> remaining = new ArrayList<>(outArr.items());
        for (Node item : inArr.items()) {
          boolean found = false;
          for (int j = 0; j < remaining.size() && !found; j++) {
            if (difference(item, remaining.get(j), path + "[]") == null) {
              remaining.remove(j);
              found = true;
            }
          }
          if (!found) {
            return path + " (an element changed)";
          }
        }
        return null;
      }
      for (int i = 0; i < inArr.items().size(); i++) {
        String d = difference(inArr.items().get(i), outArr.items().get(i), path + "[" + i + "]");
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (in instanceof Str inStr && out instanceof Str outStr) {
      String last = path.substring(path.lastIndexOf('.') + 1);
      if (isMoneyPath(path, last) && DECIMAL.matcher(inStr.value()).matches()) {
        try {
          return new BigDecimal(inStr.value()).compareTo(new BigDecimal(outStr.value())) == 0
                  && TWO_DECIMALS.matcher(outStr.value()).matches()
              ? null
              : path;
        } catch (NumberFormatException e) {
          return path;
        }
      }
      return inStr.value().equals(outStr.value()) ? null : path;
    }
    if (in instanceof Num inNum && out instanceof Num outNum) {
      return new BigDecimal(inNum.literal()).compareTo(new BigDecimal(outNum.literal())) == 0
          ? null
          : path;
    }
    return in.equals(out) ? null : path + " (" + in + " became " + out + ")";
  }

  private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)");
  private static final Pattern TWO_DECIMALS = Pattern.compile("-?[0-9]+\\.[0-9]{2}");

  private static boolean isMoneyPath(String path, String last) {
    return (JsonMutations.MONEY.contains(last)
            && !path.contains(".values.")
            && !path.contains(".switches."))
        || path.isEmpty();
  }

  private static boolean isEmptyOrDefault(Member m) {
    if (m.value() instanceof Arr arr && arr.items().isEmpty()) {
      return true;
    }
    if (m.value() instanceof Obj obj && obj.members().isEmpty()) {
      return true;
    }
    return m.value().equals(DEFAULTS.get(m.name()));
  }

  /** A duty-post pair: written with the post declared first as {@code first}. */
  private static boolean isPair(Obj obj) {
    return obj.members().size() == 2
        && obj.get("first") instanceof Str
        && obj.get("second") instanceof Str;
  }

  private static boolean samePair(Obj a, Obj b) {
    String a1 = ((Str) a.get("first")).value();
    String a2 = ((Str) a.get("second")).value();
    String b1 = ((Str) b.get("first")).value();
    String b2 = ((Str) b.get("second")).value();
    return (a1.equals(b1) && a2.equals(b2)) || (a1.equals(b2) && a2.equals(b1));
  }
}
