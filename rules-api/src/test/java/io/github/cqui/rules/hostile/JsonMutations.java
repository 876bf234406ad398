package io.github.cqui.rules.hostile;

import io.github.cqui.rules.JsonSamples;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.hostile.JsonTree.Arr;
import io.github.cqui.rules.hostile.JsonTree.Bool;
import io.github.cqui.rules.hostile.JsonTree.Member;
import io.github.cqui.rules.hostile.JsonTree.Node;
import io.github.cqui.rules.hostile.JsonTree.Num;
import io.github.cqui.rules.hostile.JsonTree.Obj;
import io.github.cqui.rules.hostile.JsonTree.Raw;
import io.github.cqui.rules.hostile.JsonTree.Step;
import io.github.cqui.rules.hostile.JsonTree.Str;
import io.github.cqui.rules.testing.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Hostile JSON made from the golden samples of {@link JsonSamples}: at every property path of every
 * sample, the value is replaced (or its object changed) by one of the classes of {@link Kind}.
 * {@link #sweep} makes every class's fixed variants at every path; {@link #random()} draws a
 * sample, a path, a class and a random variant through the library's engine-neutral {@link Gen}, so
 * the runner can shrink a failing case.
 */
final class JsonMutations {

  private JsonMutations() {}

  /** The classes of hostile input, as the report counts them. */
  enum Kind {
    TYPE_SWAP("type swap (number/string/boolean/null/array/object)"),
    NUMBER_FOR_STRING("a number for a string"),
    MONEY_NUMBER("a number for money"),
    STRING_FOR_NUMBER("a string for a number"),
    FRACTION("fractions and exponents"),
    HUGE_NUMBER("huge numbers (up to 1000 digits)"),
    BLANK("blank, empty strings, empty arrays and objects"),
    DUPLICATE_KEY("duplicate keys"),
    UNKNOWN_KEY("unknown keys (and other-case keys)"),
    DEEP_NESTING("deep nesting (3000 levels)"),
    LONG_STRING("very long strings"),
    EXTREME_DATE("extreme and impossible dates, months and times"),
    ENUM_POSITION("enum positions"),
    ENUM_CASE("enum case changes and blanks around names"),
    MONEY_STRING("malformed and extreme money strings");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /**
   * One hostile document.
   *
   * @param kind its class
   * @param sample the golden sample it was made from
   * @param path the path of the mutated value, as the library names paths
   * @param document the document
   * @param money whether the mutated value is a money property
   * @param mustRefuse whether no reading may accept the document: it breaks the form of every value
   *     of its kind (a fraction where only whole numbers and strings exist, a number for money or
   *     an enum, a duplicate key, an unknown key outside a free map, deep nesting)
   */
  record Input(
      Kind kind,
      JsonSamples.Sample sample,
      String path,
      Node document,
      boolean money,
      boolean mustRefuse) {
    String json() {
      return JsonTree.write(document);
    }

    @Override
    public String toString() {
      String json = json();
      return kind
          + " at "
          + (path.isEmpty() ? "the root" : path)
          + " of "
          + sample.name()
          + ": "
          + (json.length() > 300
              ? json.substring(0, 300) + "… (" + json.length() + " chars)"
              : json);
    }
  }

  /** A sample as a tree, with the paths of its nodes. */
  private record Parsed(JsonSamples.Sample sample, Node root, List<List<Step>> paths) {}

  private static final List<Parsed> PARSED = parsed();

  private static List<Parsed> parsed() {
    List<Parsed> parsed = new ArrayList<>();
    for (JsonSamples.Sample sample : JsonSamples.all()) {
      Node root = JsonTree.parse(sample.json());
      parsed.add(new Parsed(sample, root, JsonTree.paths(root)));
    }
    return List.copyOf(parsed);
  }

  /**
   * The properties whose values are money (outside the free-form {@code values} and switches) where
   * the golden sample has a string: {@code reimbursed} is an amount in a reimbursed month and the
   * list of those months in a reimbursement.
   */
  static final Set<String> MONEY =
      Set.of(
          "amount",
          "due",
          "actual",
          "overpayment",
          "totalDue",
          "totalOverpayment",
          "dueAsGiven",
          "standard",
          "reimbursed",
          "totalActual",
          "totalStandard",
          "totalReimbursed",
          "monthlyAmount",
          "scheduled",
          "shortfall",
          "balanceAfter",
          "dueToDate",
          "recovered",
          "balance",
          "arrears",
          "outstanding");

  private static boolean isMoney(Parsed parsed, List<Step> path) {
    if (path.isEmpty()) {
      return parsed.sample().type() == Money.class;
    }
    Step last = path.get(path.size() - 1);
    for (Step step : path.subList(0, path.size() - 1)) {
      if ("values".equals(step.name()) || "switches".equals(step.name())) {
        return false;
      }
    }
    return !last.isIndex()
        && MONEY.contains(last.name())
        && JsonTree.at(parsed.root(), path) instanceof Str;
  }

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
  private static final Pattern TIME = Pattern.compile("[0-9]{2}:[0-9]{2}");
  private static final Pattern ENUM =
      Pattern.compile("[A-Z][A-Z0-9_]+|I-[0-9]+|[a-z]+(\\.[a-z]+)+");

  private static boolean isDate(String s) {
    return DATE.matcher(s).matches();
  }

  private static boolean isMonth(String s) {
    return MONTH.matcher(s).matches();
  }

  private static boolean isTime(String s) {
    return TIME.matcher(s).matches();
  }

  /** An enum's JSON name: a constant name, an interpretation id, a step code key. */
  private static boolean isEnum(String s) {
    return ENUM.matcher(s).matches();
  }

  // ---- the sweep: every class's fixed variants at every path ----

  /**
   * Every fixed variant of every class at every path of every sample.
   *
   * @param each receives each input
   */
  static void sweep(Consumer<Input> each) {
    sweep(each, null);
  }

  private static void sweep(Consumer<Input> each, String onlySample) {
    for (Parsed parsed : PARSED) {
      if (onlySample != null && !parsed.sample().name().equals(onlySample)) {
        continue;
      }
      for (List<Step> path : parsed.paths()) {
        for (Kind kind : Kind.values()) {
          Node node = JsonTree.at(parsed.root(), path);
          for (Node document : fixed(kind, parsed, path)) {
            Node replaced =
                kind == Kind.DUPLICATE_KEY || kind == Kind.UNKNOWN_KEY
                    ? node
                    : JsonTree.at(document, path);
            each.accept(
                new Input(
                    kind,
                    parsed.sample(),
                    JsonTree.render(path),
                    document,
                    isMoney(parsed, path),
                    mustRefuse(kind, path, node, replaced)));
          }
        }
      }
    }
  }

  /**
   * Whether a mutation breaks every reading: the schema has no fractional numbers, no number where
   * the golden sample has a string (money and enums included) or a boolean, no string where it has
   * a number, no duplicate key, no unknown key outside the free {@code switches} map, and no value
   * thousands of levels deep.
   */
  private static boolean mustRefuse(Kind kind, List<Step> path, Node original, Node replaced) {
    return switch (kind) {
      case DUPLICATE_KEY, DEEP_NESTING, FRACTION, MONEY_NUMBER -> true;
      case UNKNOWN_KEY -> path.isEmpty() || !"switches".equals(path.get(path.size() - 1).name());
      case HUGE_NUMBER -> replaced instanceof Num;
      case NUMBER_FOR_STRING, ENUM_POSITION ->
          replaced instanceof Num && (original instanceof Str || original instanceof Bool);
      case STRING_FOR_NUMBER ->
          (replaced instanceof Str && original instanceof Num)
              || (replaced instanceof Num && original instanceof Bool);
      default -> false;
    };
  }

  /**
   * The fixed variants of one class at one path of one sample, for the tests of the laws.
   *
   * @param sampleName the sample's name in {@link JsonSamples}
   * @param path the path as the library names it, empty for the root
   * @param kind the class
   * @return the inputs, in the sweep's order
   */
  static List<Input> fixedInputs(String sampleName, String path, Kind kind) {
    List<Input> inputs = new ArrayList<>();
    sweep(
        input -> {
          if (input.kind() == kind
              && input.sample().name().equals(sampleName)
              && input.path().equals(path)) {
            inputs.add(input);
          }
        },
        sampleName);
    return inputs;
  }

  private static final String DEEP_ARRAYS = "[".repeat(3000) + "]".repeat(3000);
  private static final String DEEP_OBJECTS = "{\"a\":".repeat(3000) + "1" + "}".repeat(3000);

  /** The documents of one class at one path: empty where the class does not apply. */
  private static List<Node> fixed(Kind kind, Parsed parsed, List<Step> path) {
    Node root = parsed.root();
    Node node = JsonTree.at(root, path);
    boolean money = isMoney(parsed, path);
    List<Node> replacements = new ArrayList<>();
    switch (kind) {
      case TYPE_SWAP -> {
        replacements.add(new Num("42"));
        replacements.add(new Str("x"));
        replacements.add(new Bool(true));
        replacements.add(new Bool(false));
        replacements.add(JsonTree.NULL);
        replacements.add(new Arr(List.of()));
        replacements.add(new Obj(List.of()));
        replacements.add(new Arr(List.of(new Num("1"))));
        replacements.add(new Obj(List.of(new Member("x", new Num("1")))));
      }
      case NUMBER_FOR_STRING -> {
        if (node instanceof Str str && !money) {
          numbersFor(str.value(), replacements);
        }
      }
      case MONEY_NUMBER -> {
        if (node instanceof Str str && money) {
          numbersFor(str.value(), replacements);
          replacements.add(new Num("2100.5"));
          replacements.add(new Num("0.001"));
          replacements.add(new Num("2.1e3"));
        }
      }
      case STRING_FOR_NUMBER -> {
        if (node instanceof Num num) {
          replacements.add(new Str(num.literal()));
          replacements.add(new Str(" " + num.literal()));
          replacements.add(new Str(num.literal() + ".0"));
        } else if (node instanceof Bool bool) {
          replacements.add(new Str(String.valueOf(bool.value())));
          replacements.add(new Num(bool.value() ? "1" : "0"));
        }
      }
      case FRACTION -> {
        if (node instanceof Num num) {
          replacements.add(new Num(num.literal() + ".5"));
          replacements.add(new Num(num.literal() + ".0"));
          replacements.add(new Num(num.literal() + "e0"));
          replacements.add(new Num("1.5E1"));
          replacements.add(new Num("-0.7"));
        }
      }
      case HUGE_NUMBER -> {
        if (!(node instanceof Obj) && !(node instanceof Arr)) {
          replacements.add(new Num("9".repeat(1000)));
          replacements.add(new Num("-" + "9".repeat(999)));
          replacements.add(new Num("0." + "0".repeat(997) + "1"));
          replacements.add(new Num("1e999999999"));
          if (node instanceof Str) {
            replacements.add(new Str("9".repeat(1000)));
            replacements.add(new Str("-" + "9".repeat(996) + ".99"));
          }
        }
      }
      case BLANK -> {
        replacements.add(new Str(""));
        replacements.add(new Str(" "));
        replacements.add(new Str("\t\n "));
        replacements.add(new Arr(List.of()));
        replacements.add(new Obj(List.of()));
      }
      case DEEP_NESTING -> {
        replacements.add(new Raw(DEEP_ARRAYS));
        replacements.add(new Raw(DEEP_OBJECTS));
      }
      case LONG_STRING -> {
        if (node instanceof Str) {
          replacements.add(new Str("x".repeat(10_000)));
          replacements.add(new Str("x".repeat(10_001)));
          replacements.add(new Str("长\"\\\u0001".repeat(5_000)));
        }
      }
      case EXTREME_DATE -> {
        if (node instanceof Str str) {
          List<String> values =
              isDate(str.value())
                  ? DATES
                  : isMonth(str.value()) ? MONTHS : isTime(str.value()) ? TIMES : List.of();
          values.forEach(v -> replacements.add(new Str(v)));
        }
      }
      case ENUM_POSITION -> {
        if (node instanceof Str str && isEnum(str.value())) {
          for (String n : List.of("0", "1", "7", "-1", "99")) {
            replacements.add(new Num(n));
          }
          replacements.add(new Str("0"));
        }
      }
      case ENUM_CASE -> {
        if (node instanceof Str str && isEnum(str.value())) {
          String s = str.value();
          replacements.add(new Str(s.toLowerCase(Locale.ROOT)));
          replacements.add(new Str(s.toUpperCase(Locale.ROOT)));
          replacements.add(new Str(flipFirst(s)));
          replacements.add(new Str(" " + s));
          replacements.add(new Str(s + " "));
          replacements.add(new Str(s.replace('_', '-').replace('.', '_')));
        }
      }
      case MONEY_STRING -> {
        if (node instanceof Str && money) {
          MONEY_STRINGS.forEach(v -> replacements.add(new Str(v)));
        }
      }
      case DUPLICATE_KEY, UNKNOWN_KEY -> {
        // changes to an object, below
      }
    }
    List<Node> documents = new ArrayList<>();
    for (Node replacement : replacements) {
      documents.add(JsonTree.replace(root, path, replacement));
    }
    if (kind == Kind.DUPLICATE_KEY && !path.isEmpty() && !path.get(path.size() - 1).isIndex()) {
      List<Step> parentPath = path.subList(0, path.size() - 1);
      Obj parent = (Obj) JsonTree.at(root, parentPath);
      String name = path.get(path.size() - 1).name();
      documents.add(JsonTree.replace(root, parentPath, duplicated(parent, name, node, true)));
      documents.add(
          JsonTree.replace(root, parentPath, duplicated(parent, name, new Str("x"), false)));
    }
    if (kind == Kind.UNKNOWN_KEY && node instanceof Obj obj) {
      List<Member> first = new ArrayList<>(obj.members());
      first.add(0, new Member("unexpected", new Num("1")));
      documents.add(JsonTree.replace(root, path, new Obj(first)));
      List<Member> last = new ArrayList<>(obj.members());
      last.add(new Member("zz", JsonTree.NULL));
      documents.add(JsonTree.replace(root, path, new Obj(last)));
      List<Member> empty = new ArrayList<>(obj.members());
      empty.add(new Member("", new Str("x")));
      documents.add(JsonTree.replace(root, path, new Obj(empty)));
      List<Member> long_ = new ArrayList<>(obj.members());
      long_.add(new Member("k".repeat(10_000), new Bool(true)));
      documents.add(JsonTree.replace(root, path, new Obj(long_)));
      if (!obj.members().isEmpty()) {
        Member m = obj.members().get(0);
        List<Member> cased = new ArrayList<>(obj.members());
        cased.set(0, new Member(flipFirst(m.name()), m.value()));
        documents.add(JsonTree.replace(root, path, new Obj(cased)));
      }
    }
    return documents;
  }

  private static final List<String> DATES =
      List.of(
          "+999999999-12-31",
          "-999999999-01-01",
          "0000-01-01",
          "9999-12-31",
          "2026-02-30",
          "2025-02-29",
          "2024-02-29",
          "2025-13-01",
          "2025-00-10",
          "2025-1-1",
          " 2025-10-01",
          "2025-10-01T00:00",
          "20251001",
          "２０２５-１０-０１");

  private static final List<String> MONTHS =
      List.of("+999999999-12", "0000-01", "9999-12", "2025-00", "2025-13", "2025-1", "2025/10");

  private static final List<String> TIMES =
      List.of("24:00", "23:59", "00:00", "23:59:59", "7:30", "07:60", "07:30Z", "17:30:00.5");

  private static final List<String> MONEY_STRINGS =
      List.of(
          "2000",
          "2000.0",
          "2000.5",
          "2000.000",
          "2000.001",
          "-0.00",
          "-0",
          "+1.00",
          "1e3",
          "2,000.00",
          "0.1",
          ".50",
          "5.",
          "00.10",
          "٢٠٠٠",
          "1 000.00",
          "92233720368547758.07",
          "92233720368547758.08",
          "-92233720368547758.08",
          "-92233720368547758.09");

  private static void numbersFor(String text, List<Node> out) {
    if (text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?")) {
      out.add(new Num(text));
    }
    String digits = text.replaceAll("[^0-9]", "").replaceFirst("^0+(?=.)", "");
    if (!digits.isEmpty() && digits.length() <= 18 && !digits.equals(text)) {
      out.add(new Num(digits));
    }
    out.add(new Num("0"));
    out.add(new Num("-1"));
  }

  private static Obj duplicated(Obj parent, String name, Node value, boolean right) {
    List<Member> members = new ArrayList<>(parent.members());
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).name().equals(name)) {
        members.add(right ? i + 1 : members.size(), new Member(name, value));
        break;
      }
    }
    return new Obj(members);
  }

  private static String flipFirst(String s) {
    if (s.isEmpty()) {
      return "X";
    }
    char c = s.charAt(0);
    char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    return flipped + s.substring(1);
  }

  // ---- random variants, through the engine-neutral generators ----

  /**
   * A random hostile document: a sample, a path in it, a class and a random variant of the class.
   * Smaller draws make simpler documents (the first sample and path, short strings, small numbers),
   * so the runner shrinks a failure to a readable case.
   *
   * @return the generator
   */
  static Gen<Input> random() {
    return draws -> {
      Parsed parsed = PARSED.get(draws.draw(0, PARSED.size() - 1));
      List<Step> path = parsed.paths().get(draws.draw(0, parsed.paths().size() - 1));
      Node node = JsonTree.at(parsed.root(), path);
      boolean money = isMoney(parsed, path);
      Kind kind = Kind.values()[draws.draw(0, Kind.values().length - 1)];
      Node document;
      switch (kind) {
        case DUPLICATE_KEY, UNKNOWN_KEY -> {
          if (!(node instanceof Obj obj)) {
            document = JsonTree.replace(parsed.root(), path, randomNode(draws, 2));
            kind = Kind.TYPE_SWAP;
          } else {
            List<Member> members = new ArrayList<>(obj.members());
            String name =
                kind == Kind.DUPLICATE_KEY && !members.isEmpty()
                    ? members.get(draws.draw(0, members.size() - 1)).name()
                    : randomName(draws);
            members.add(draws.draw(0, members.size()), new Member(name, randomNode(draws, 2)));
            document = JsonTree.replace(parsed.root(), path, new Obj(members));
          }
        }
        default -> document = JsonTree.replace(parsed.root(), path, randomValue(draws, kind, node));
      }
      boolean mustRefuse = kind == Kind.DEEP_NESTING || kind == Kind.FRACTION;
      return new Input(kind, parsed.sample(), JsonTree.render(path), document, money, mustRefuse);
    };
  }

  private static Node randomValue(
      io.github.cqui.rules.testing.Draws draws, Kind kind, Node original) {
    return switch (kind) {
      case TYPE_SWAP -> randomNode(draws, 3);
      case NUMBER_FOR_STRING, MONEY_NUMBER, HUGE_NUMBER -> new Num(randomNumber(draws, kind));
      case STRING_FOR_NUMBER -> new Str(randomNumber(draws, kind));
      case FRACTION ->
          new Num(draws.draw(0, 99_999) + "." + "0".repeat(draws.draw(0, 3)) + draws.draw(0, 99));
      case BLANK -> new Str(randomText(draws, " \t\r\n", 0, 6));
      case DEEP_NESTING -> {
        int depth = draws.draw(1, 3000);
        yield draws.draw(0, 1) == 0
            ? new Raw("[".repeat(depth) + "]".repeat(depth))
            : new Raw("{\"a\":".repeat(depth) + "0" + "}".repeat(depth));
      }
      case LONG_STRING -> {
        // a short random pattern repeated to about the bound of 10,000 characters: few draws
        String pattern = randomText(draws, "x长\"\\\u0001é ", 1, 8);
        int length = draws.draw(9_990, 10_010);
        yield new Str(pattern.repeat(length / pattern.length() + 1).substring(0, length));
      }
      case EXTREME_DATE -> new Str(randomDate(draws));
      case ENUM_POSITION -> new Num(String.valueOf(draws.draw(-5, 100)));
      case ENUM_CASE -> {
        String s = original instanceof Str str ? str.value() : "TIER_1";
        StringBuilder flipped = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          flipped.append(
              draws.draw(0, 3) == 0
                  ? (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c))
                  : c);
        }
        yield new Str(flipped.toString());
      }
      case MONEY_STRING -> new Str(randomMoney(draws));
      case DUPLICATE_KEY, UNKNOWN_KEY -> randomNode(draws, 2);
    };
  }

  private static Node randomNode(io.github.cqui.rules.testing.Draws draws, int depth) {
    int choice = draws.draw(0, depth > 0 ? 7 : 5);
    return switch (choice) {
      case 0 -> JsonTree.NULL;
      case 1 -> new Bool(draws.draw(0, 1) == 1);
      case 2 -> new Num(randomNumber(draws, Kind.TYPE_SWAP));
      case 3 -> new Str(randomText(draws, "aZ0 -._:\"\\长\u0000", 0, 12));
      case 4 -> new Str(randomDate(draws));
      case 5 -> new Str(randomMoney(draws));
      case 6 -> {
        List<Node> items = new ArrayList<>();
        int n = draws.draw(0, 3);
        for (int i = 0; i < n; i++) {
          items.add(randomNode(draws, depth - 1));
        }
        yield new Arr(items);
      }
      default -> {
        List<Member> members = new ArrayList<>();
        int n = draws.draw(0, 3);
        for (int i = 0; i < n; i++) {
          members.add(new Member(randomName(draws), randomNode(draws, depth - 1)));
        }
        yield new Obj(members);
      }
    };
  }

  /** A property name: one a sample uses, in either case, or an alphanumeric invention. */
  private static String randomName(io.github.cqui.rules.testing.Draws draws) {
    if (draws.draw(0, 1) == 0) {
      List<String> names = NAMES;
      String name = names.get(draws.draw(0, names.size() - 1));
      return draws.draw(0, 1) == 0 ? name : flipFirst(name);
    }
    return randomText(draws, "abcXYZ019_", 0, 12);
  }

  /** Every property name the samples use. */
  private static final List<String> NAMES = names();

  private static List<String> names() {
    java.util.TreeSet<String> names = new java.util.TreeSet<>();
    for (Parsed parsed : PARSED) {
      for (List<Step> path : parsed.paths()) {
        if (!path.isEmpty() && !path.get(path.size() - 1).isIndex()) {
          names.add(path.get(path.size() - 1).name());
        }
      }
    }
    return List.copyOf(names);
  }

  private static String randomNumber(io.github.cqui.rules.testing.Draws draws, Kind kind) {
    int digits = kind == Kind.HUGE_NUMBER ? draws.draw(1, 999) : draws.draw(1, 12);
    StringBuilder n = new StringBuilder(draws.draw(0, 1) == 0 ? "" : "-");
    n.append((char) ('1' + draws.draw(0, 8)));
    // the other digits repeat a short drawn pattern: a thousand digits take a few draws
    String pattern = randomText(draws, "0123456789", 1, 6);
    n.append(pattern.repeat(digits / pattern.length() + 1), 0, digits - 1);
    int form = draws.draw(0, 3);
    if (form == 1 && n.length() < 995) {
      n.append('.').append(draws.draw(0, 999));
    } else if (form == 2 && n.length() < 995) {
      n.append('e').append(draws.draw(-20, 20));
    }
    return n.toString();
  }

  private static String randomText(
      io.github.cqui.rules.testing.Draws draws, String alphabet, int min, int max) {
    int length = draws.draw(min, max);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(draws.draw(0, alphabet.length() - 1)));
    }
    return text.toString();
  }

  private static String randomDate(io.github.cqui.rules.testing.Draws draws) {
    int year =
        draws.draw(0, 3) == 0 ? draws.draw(-999_999_999, 999_999_999) : draws.draw(0, 10_000);
    String y = String.valueOf(year);
    if (draws.draw(0, 1) == 0 && year >= 0 && year < 10_000) {
      y = String.format("%04d", year);
    }
    String m = String.format(draws.draw(0, 3) == 0 ? "%d" : "%02d", draws.draw(0, 13));
    String d = String.format(draws.draw(0, 3) == 0 ? "%d" : "%02d", draws.draw(0, 32));
    return switch (draws.draw(0, 2)) {
      case 0 -> y + "-" + m;
      case 1 -> y + "-" + m + "-" + d;
      default -> String.format("%02d:%02d", draws.draw(0, 25), draws.draw(0, 61));
    };
  }

  private static String randomMoney(io.github.cqui.rules.testing.Draws draws) {
    StringBuilder money = new StringBuilder();
    money.append(new String[] {"", "", "-", "+"}[draws.draw(0, 3)]);
    money.append(randomText(draws, "0123456789", 0, 20));
    if (draws.draw(0, 2) > 0) {
      money.append('.').append(randomText(draws, "0123456789", 0, 4));
    }
    if (draws.draw(0, 9) == 0) {
      money.append(" ,e٢".charAt(draws.draw(0, 3)));
    }
    return money.toString();
  }
}
