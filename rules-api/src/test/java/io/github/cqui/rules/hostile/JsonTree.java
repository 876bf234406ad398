package io.github.cqui.rules.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A JSON document as the hostile suite builds it, independent of Jackson: an object keeps its
 * members in order and may hold a name twice (Jackson's trees cannot), and a number keeps its
 * literal text (a thousand digits stay a thousand digits). {@link #parse} reads the golden samples
 * and the module's output; {@link #write} writes any tree, however deep, without recursion limits
 * of its own beyond the stack (the suite keeps nesting at a few thousand levels).
 */
final class JsonTree {

  private JsonTree() {}

  /** A JSON value. */
  sealed interface Node permits Obj, Arr, Str, Num, Bool, Null, Raw {}

  /** A member of an object. */
  record Member(String name, Node value) {}

  /** An object: members in order, names possibly repeated. */
  record Obj(List<Member> members) implements Node {
    Obj {
      members = List.copyOf(members);
    }

    /** The value of the first member of that name, or {@code null}. */
    Node get(String name) {
      for (Member member : members) {
        if (member.name().equals(name)) {
          return member.value();
        }
      }
      return null;
    }
  }

  /** An array. */
  record Arr(List<Node> items) implements Node {
    Arr {
      items = List.copyOf(items);
    }
  }

  /** A string. */
  record Str(String value) implements Node {
    Str {
      Objects.requireNonNull(value);
    }
  }

  /** A number, as its literal text. */
  record Num(String literal) implements Node {
    Num {
      Objects.requireNonNull(literal);
    }
  }

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements Node {}

  /** {@code null}. */
  record Null() implements Node {}

  static final Null NULL = new Null();

  /** JSON text written as it is: a deeply nested value, built as text to need no recursion. */
  record Raw(String text) implements Node {}

  /** The document as compact JSON text. */
  static String write(Node node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  private static void write(Node node, StringBuilder out) {
    // nesting is written iteratively for arrays of one element, the suite's deep documents
    int depth = 0;
    while (node instanceof Arr arr && arr.items().size() == 1) {
      out.append('[');
      depth++;
      node = arr.items().get(0);
    }
    if (node instanceof Obj obj) {
      out.append('{');
      String separator = "";
      for (Member member : obj.members()) {
        out.append(separator);
        string(member.name(), out);
        out.append(':');
        write(member.value(), out);
        separator = ",";
      }
      out.append('}');
    } else if (node instanceof Arr arr) {
      out.append('[');
      String separator = "";
      for (Node item : arr.items()) {
        out.append(separator);
        write(item, out);
        separator = ",";
      }
      out.append(']');
    } else if (node instanceof Str str) {
      string(str.value(), out);
    } else if (node instanceof Num num) {
      out.append(num.literal());
    } else if (node instanceof Bool bool) {
      out.append(bool.value());
    } else if (node instanceof Raw raw) {
      out.append(raw.text());
    } else {
      out.append("null");
    }
    out.append("]".repeat(depth));
  }

  private static final String HEX = "0123456789abcdef";

  private static void string(String value, StringBuilder out) {
    // runs of plain characters appended at once: a document of 10,000-character strings is
    // written for every hostile input made from it
    out.append('"');
    int plain = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\' || c < 0x20) {
        out.append(value, plain, i);
        plain = i + 1;
        if (c < 0x20) {
          out.append("\\u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
        } else {
          out.append('\\').append(c);
        }
      }
    }
    out.append(value, plain, value.length());
    out.append('"');
  }

  /** Parses well-formed JSON text (the golden samples, the module's output). */
  static Node parse(String text) {
    Parser parser = new Parser(text);
    Node node = parser.value();
    parser.space();
    if (parser.at < text.length()) {
      throw new IllegalArgumentException("trailing text at " + parser.at);
    }
    return node;
  }

  private static final class Parser {
    private final String text;
    private int at;

    Parser(String text) {
      this.text = text;
    }

    void space() {
      while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
    }

    Node value() {
      space();
      char c = text.charAt(at);
      switch (c) {
        case '{':
          return object();
        case '[':
          return array();
        case '"':
          return new Str(string());
        case 't':
          at += 4;
          return new Bool(true);
        case 'f':
          at += 5;
          return new Bool(false);
        case 'n':
          at += 4;
          return NULL;
        default:
          int start = at;
          while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
          }
          if (start == at) {
            throw new IllegalArgumentException("unexpected '" + c + "' at " + at);
          }
          return new Num(text.substring(start, at));
      }
    }

    Obj object() {
      at++;
      List<Member> members = new ArrayList<>();
      space();
      if (text.charAt(at) == '}') {
        at++;
        return new Obj(members);
      }
      while (true) {
        space();
        String name = string();
        space();
        expect(':');
        members.add(new Member(name, value()));
        space();
        if (text.charAt(at) == ',') {
          at++;
        } else {
          expect('}');
          return new Obj(members);
        }
      }
    }

    Arr array() {
      at++;
      List<Node> items = new ArrayList<>();
      space();
      if (text.charAt(at) == ']') {
        at++;
        return new Arr(items);
      }
      while (true) {
        items.add(value());
        space();
        if (text.charAt(at) == ',') {
          at++;
        } else {
          expect(']');
          return new Arr(items);
        }
      }
    }

    String string() {
      expect('"');
      StringBuilder value = new StringBuilder();
      while (true) {
        int plain = at;
        char c = text.charAt(at++);
        while (c != '"' && c != '\\') {
          c = text.charAt(at++);
        }
        value.append(text, plain, at - 1);
        if (c == '"') {
          return value.toString();
        }
        char e = text.charAt(at++);
        switch (e) {
          case 'n' -> value.append('\n');
          case 't' -> value.append('\t');
          case 'r' -> value.append('\r');
          case 'b' -> value.append('\b');
          case 'f' -> value.append('\f');
          case 'u' -> {
            value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> value.append(e);
        }
      }
    }

    private void expect(char c) {
      if (text.charAt(at) != c) {
        throw new IllegalArgumentException("expected '" + c + "' at " + at + " in " + text);
      }
      at++;
    }
  }

  // ---- paths ----

  /** A step into a value: a member name (its first occurrence) or an array index. */
  record Step(String name, int index) {
    static Step member(String name) {
      return new Step(name, -1);
    }

    static Step element(int index) {
      return new Step(null, index);
    }

    boolean isIndex() {
      return index >= 0;
    }
  }

  /** Every node of a document with its path, the root first, parents before children. */
  static List<List<Step>> paths(Node root) {
    List<List<Step>> paths = new ArrayList<>();
    collect(root, new ArrayList<>(), paths);
    return paths;
  }

  private static void collect(Node node, List<Step> path, List<List<Step>> out) {
    out.add(List.copyOf(path));
    if (node instanceof Obj obj) {
      for (Member member : obj.members()) {
        path.add(Step.member(member.name()));
        collect(member.value(), path, out);
        path.remove(path.size() - 1);
      }
    } else if (node instanceof Arr arr) {
      for (int i = 0; i < arr.items().size(); i++) {
        path.add(Step.element(i));
        collect(arr.items().get(i), path, out);
        path.remove(path.size() - 1);
      }
    }
  }

  /** The node at a path. */
  static Node at(Node root, List<Step> path) {
    Node node = root;
    for (Step step : path) {
      node =
          step.isIndex() ? ((Arr) node).items().get(step.index()) : ((Obj) node).get(step.name());
    }
    return node;
  }

  /** The document with the node at {@code path} replaced. */
  static Node replace(Node root, List<Step> path, Node replacement) {
    if (path.isEmpty()) {
      return replacement;
    }
    Step step = path.get(0);
    List<Step> rest = path.subList(1, path.size());
    if (step.isIndex()) {
      List<Node> items = new ArrayList<>(((Arr) root).items());
      items.set(step.index(), replace(items.get(step.index()), rest, replacement));
      return new Arr(items);
    }
    List<Member> members = new ArrayList<>(((Obj) root).members());
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).name().equals(step.name())) {
        members.set(i, new Member(step.name(), replace(members.get(i).value(), rest, replacement)));
        return new Obj(members);
      }
    }
    throw new IllegalArgumentException("no member " + step.name());
  }

  /** The path as the library names it: {@code claim.verifications[1].verifiedOn}. */
  static String render(List<Step> path) {
    StringBuilder out = new StringBuilder();
    for (Step step : path) {
      if (step.isIndex()) {
        out.append('[').append(step.index()).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(step.name());
      }
    }
    return out.toString();
  }
}
