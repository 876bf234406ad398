/**
 * The Chongqing rules (渝人社办〔2025〕112号 and the laws it rests on) implementing {@code
 * io.github.cqui.rules} on the working-day calendar. Exports only the entry point, {@code
 * io.github.cqui.core.Chongqing}; the implementations of each policy area are not exported.
 */
module io.github.cqui.core {
  requires transitive io.github.cqui.rules;
  requires static org.immutables.value.annotations;

  exports io.github.cqui.core;
}
